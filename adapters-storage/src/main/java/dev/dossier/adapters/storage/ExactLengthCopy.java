package dev.dossier.adapters.storage;

import dev.dossier.application.port.out.ContentStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Copies exactly the declared number of bytes, refusing content that is shorter or longer. */
final class ExactLengthCopy {
    static final int BUFFER_SIZE = 64 * 1024;

    private ExactLengthCopy() {}

    /**
     * Copies {@code size} bytes from {@code in} to {@code out}, then checks that {@code in} has
     * no byte left. Never reads more than {@code size + 1} bytes, so an endless stream is
     * refused as quickly as an overlong one. Needs neither mark/reset nor {@code available()}.
     */
    static void copy(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[(int) Math.min(BUFFER_SIZE, Math.max(1, size))];
        long remaining = size;
        while (remaining > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                throw new ContentStoreException(
                        "content ended after " + (size - remaining) + " of the declared " + size + " bytes");
            }
            out.write(buffer, 0, read);
            remaining -= read;
        }
        if (in.read() != -1) {
            throw new ContentStoreException("content is longer than the declared " + size + " bytes");
        }
    }

    static void requireValidSize(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
    }
}
