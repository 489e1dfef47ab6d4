package dev.dossier.application.fakes;

import dev.dossier.application.port.in.document.UploadContent;
import dev.dossier.domain.shared.Sha256;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Test implementation of {@link UploadContent}: bytes in memory, counting how often they are opened. */
public final class ByteArrayUploadContent implements UploadContent {
    private final byte[] bytes;
    private final int failFromOpen;
    private int opens;

    public ByteArrayUploadContent(byte[] bytes) {
        this(bytes, Integer.MAX_VALUE);
    }

    private ByteArrayUploadContent(byte[] bytes, int failFromOpen) {
        this.bytes = bytes;
        this.failFromOpen = failFromOpen;
    }

    /** Content whose {@code n}-th and later {@link #open()} calls fail (the received temp file vanished). */
    public static ByteArrayUploadContent failingFromOpen(byte[] bytes, int n) {
        return new ByteArrayUploadContent(bytes, n);
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public String sha256() {
        return Sha256.hex(Sha256.newDigest().digest(bytes));
    }

    @Override
    public synchronized InputStream open() throws IOException {
        opens++;
        if (opens >= failFromOpen) {
            throw new IOException("temporary upload file is gone");
        }
        return new ByteArrayInputStream(bytes);
    }

    public synchronized int opens() {
        return opens;
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
