package dev.dossier.application.service.document;

import dev.dossier.application.error.ContentIntegrityException;
import dev.dossier.application.port.out.ContentTamperedException;
import dev.dossier.application.port.out.OperationsMeter;
import dev.dossier.domain.shared.Sha256;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * A stored file's bytes as read back from the content store, checked against the size and SHA-256
 * recorded at upload. The last byte is held back until the stream has ended and both match, so a
 * reader (and the client behind it, which was promised {@code size} bytes) never gets a complete
 * file that differs from the one stored: it gets a {@link ContentIntegrityException} instead.
 */
final class VerifiedContent extends FilterInputStream {
    private final long size;
    private final String sha256;
    private final OperationsMeter meter;
    private final MessageDigest digest = Sha256.newDigest();
    private final byte[] one = new byte[1];
    private long delivered;
    private boolean verified;

    VerifiedContent(InputStream stored, long size, String sha256, OperationsMeter meter) {
        super(stored);
        this.size = size;
        this.sha256 = sha256;
        this.meter = meter;
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return checkedRead(b, off, len);
        } catch (ContentTamperedException e) {
            ContentIntegrityException mismatch = mismatch("it fails authentication");
            mismatch.initCause(e);
            throw mismatch;
        }
    }

    private int checkedRead(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        long remaining = size - delivered;
        if (remaining == 0) {
            verifyEnd();
            return -1;
        }
        if (remaining > 1) {
            int n = in.read(b, off, (int) Math.min(len, remaining - 1));
            if (n < 0) {
                throw mismatch("it ends after " + delivered + " of " + size + " bytes");
            }
            digest.update(b, off, n);
            delivered += n;
            return n;
        }
        int last = in.read();
        if (last < 0) {
            throw mismatch("it ends after " + delivered + " of " + size + " bytes");
        }
        digest.update((byte) last);
        verifyEnd();
        b[off] = (byte) last;
        delivered++;
        return 1;
    }

    /** The stored stream must end here, and what was read must hash to the recorded SHA-256. */
    private void verifyEnd() throws IOException {
        if (verified) {
            return;
        }
        if (in.read() >= 0) {
            throw mismatch("it is longer than the " + size + " bytes stored");
        }
        String actual = Sha256.hex(digest.digest());
        if (!actual.equals(sha256)) {
            throw mismatch("its SHA-256 is " + actual + ", not " + sha256);
        }
        verified = true;
        meter.downloaded(size);
    }

    private ContentIntegrityException mismatch(String why) {
        meter.integrityFailure();
        return new ContentIntegrityException("The stored file is not the one uploaded: " + why + ".");
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping would leave bytes unhashed: read them instead
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(Math.max(0, size - delivered - 1), in.available());
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported: a reset would hash bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }
}
