package dev.dossier.bootstrap.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A tenant document upload written by hand on a socket, so that a test decides how fast its body
 * arrives: the headers at once, the body in pieces the test sends when it likes.
 */
final class RawUpload implements AutoCloseable {
    private final Socket socket;
    private final byte[] body;
    private int sent;

    private RawUpload(Socket socket, byte[] body) {
        this.socket = socket;
        this.body = body;
    }

    /** Connects and sends the request's headers; none of the body yet. */
    static RawUpload start(int port, String apiKey, byte[] pdf) throws IOException {
        String boundary = "----dossier" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"document_type\"\r\n\r\n"
                        + "Other\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(pdf);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] body = out.toByteArray();
        Socket socket = new Socket("127.0.0.1", port);
        String head = "POST /api/v1/documents/upload/ HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nAuthorization: Bearer " + apiKey
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return new RawUpload(socket, body);
    }

    /** Sends up to {@code bytes} more of the body; false once all of it was sent. */
    boolean send(int bytes) throws IOException {
        int n = Math.min(bytes, body.length - sent);
        OutputStream out = socket.getOutputStream();
        out.write(body, sent, n);
        out.flush();
        sent += n;
        return sent < body.length;
    }

    int length() {
        return body.length;
    }

    /**
     * Whatever the server answered so far, read for up to {@code waitMillis}: the text up to the end of
     * the connection or of the wait, "" for nothing yet, or null when the server closed or reset the
     * connection without answering.
     */
    String answer(int waitMillis) throws IOException {
        socket.setSoTimeout(Math.max(1, waitMillis));
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                got.write(buffer, 0, n);
                if (complete(got.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
            if (n < 0 && got.size() == 0) {
                return null;
            }
        } catch (SocketTimeoutException notYet) {
            // what came so far
        } catch (IOException reset) {
            return got.size() == 0 ? null : got.toString(StandardCharsets.UTF_8);
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    /** Whether {@code text} holds a whole answer with a Content-Length body. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : text.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring(15).strip());
                return text.getBytes(StandardCharsets.UTF_8).length >= end + 4 + length;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
