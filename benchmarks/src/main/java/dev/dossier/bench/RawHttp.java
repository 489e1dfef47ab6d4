package dev.dossier.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bench's client for the 10 MiB uploads and downloads through Dossier: HTTP/1.1 straight on a
 * socket, one connection per request, the body written from the bench's own arrays. The JDK's
 * HttpClient spent more than half as much CPU per upload as Dossier itself, and on shared cores
 * the client's CPU is taken from the server; this one costs
 * little more than the copy into the socket, so the rows measure Dossier, as wrk does for row 4.
 * The direct S3 side keeps the MinIO client: the raw component is measured with its own client.
 */
final class RawHttp {
    /** A response: its status, and its body unless it was drained by a sink. */
    record Response(int status, String body, long bodyBytes) {}

    private RawHttp() {}

    /** A request with a fixed-length body made of {@code parts}, sent as they are. */
    static Response send(String method, URI uri, Map<String, String> headers, List<byte[]> parts, boolean keepBody)
            throws IOException {
        long length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        StringBuilder head = new StringBuilder(method).append(' ').append(uri.getRawPath());
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ")
                .append(uri.getHost())
                .append(':')
                .append(uri.getPort())
                .append("\r\nConnection: close\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (!parts.isEmpty()) {
            head.append("Content-Length: ").append(length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout(300_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            for (byte[] p : parts) {
                out.write(p);
            }
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream(), 8192), keepBody);
        }
    }

    /** Reads the status line and headers, then the body: by its Content-Length, chunked, or to the end. */
    private static Response read(InputStream in, boolean keepBody) throws IOException {
        String statusLine = line(in);
        String[] status = statusLine.split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        long contentLength = -1;
        boolean chunked = false;
        for (String h; !(h = line(in)).isEmpty(); ) {
            int colon = h.indexOf(':');
            String name = colon < 0 ? h : h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : h.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equals("transfer-encoding")
                    && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = keepBody ? new ByteArrayOutputStream() : null;
        long n;
        if (chunked) {
            n = 0;
            for (long size; (size = Long.parseLong(line(in).split(";", 2)[0].trim(), 16)) > 0; ) {
                n += copy(in, body, size);
                line(in);
            }
            while (!line(in).isEmpty()) {
                // trailers
            }
        } else {
            n = copy(in, body, contentLength < 0 ? Long.MAX_VALUE : contentLength);
        }
        return new Response(
                Integer.parseInt(status[1]), body == null ? null : body.toString(StandardCharsets.UTF_8), n);
    }

    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[256 * 1024]);

    /** Up to {@code limit} bytes (all that come, for Long.MAX_VALUE), kept in {@code into} if it is not null. */
    private static long copy(InputStream in, ByteArrayOutputStream into, long limit) throws IOException {
        byte[] buf = BUFFER.get();
        long n = 0;
        while (n < limit) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, limit - n));
            if (r < 0) {
                if (limit != Long.MAX_VALUE) {
                    throw new IOException("the body ended after " + n + " of " + limit + " bytes");
                }
                break;
            }
            if (into != null) {
                into.write(buf, 0, r);
            }
            n += r;
        }
        return n;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new IOException("the response ended inside a line: " + sb);
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}
