package dev.dossier.application.fakes;

import dev.dossier.application.port.in.document.UploadContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;

/**
 * Test implementation of {@link UploadContent}: bytes in memory, counting how often they are opened
 * (as a stream or a channel).
 */
public final class ByteArrayUploadContent implements UploadContent {
    private final byte[] bytes;
    private final int failFromOpen;
    private final String sha256;
    private int opens;

    public ByteArrayUploadContent(byte[] bytes) {
        this(bytes, Integer.MAX_VALUE, Fixtures.sha256Hex(bytes));
    }

    private ByteArrayUploadContent(byte[] bytes, int failFromOpen, String sha256) {
        this.bytes = bytes;
        this.failFromOpen = failFromOpen;
        this.sha256 = sha256;
    }

    /** Content whose {@code n}-th and later {@link #open()} calls fail (the received temp file vanished). */
    public static ByteArrayUploadContent failingFromOpen(byte[] bytes, int n) {
        return new ByteArrayUploadContent(bytes, n, Fixtures.sha256Hex(bytes));
    }

    /** Content declaring {@code sha256} as its hash, as if its bytes had changed after they arrived. */
    public static ByteArrayUploadContent declaringSha256(byte[] bytes, String sha256) {
        return new ByteArrayUploadContent(bytes, Integer.MAX_VALUE, sha256);
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public synchronized InputStream open() throws IOException {
        opens++;
        if (opens >= failFromOpen) {
            throw new IOException("temporary upload file is gone");
        }
        return new ByteArrayInputStream(bytes);
    }

    /** Counted with {@link #open()}: each channel is one more reading of the bytes. */
    @Override
    public synchronized SeekableByteChannel openChannel() throws IOException {
        opens++;
        if (opens >= failFromOpen) {
            throw new IOException("temporary upload file is gone");
        }
        return new ByteArrayChannel(bytes);
    }

    public synchronized int opens() {
        return opens;
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
