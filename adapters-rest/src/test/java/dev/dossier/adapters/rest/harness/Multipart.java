package dev.dossier.adapters.rest.harness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body as common clients write it: CRLF delimiters, a random boundary. */
public final class Multipart {
    private final String boundary = "----dossier" + UUID.randomUUID();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Multipart() {}

    public static Multipart form() {
        return new Multipart();
    }

    public Multipart field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    public Multipart file(String name, String fileName, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        out.writeBytes(content);
        write("\r\n");
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The body, closed with the final boundary. */
    public byte[] body() {
        ByteArrayOutputStream closed = new ByteArrayOutputStream();
        closed.writeBytes(out.toByteArray());
        closed.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return closed.toByteArray();
    }

    private void write(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
