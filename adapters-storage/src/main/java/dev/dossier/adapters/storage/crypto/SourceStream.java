package dev.dossier.adapters.storage.crypto;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The stored ciphertext as the decrypter reads it, remembering whether reading it failed: a failure
 * of the store (a lost connection) is then told apart from bytes that fail authentication.
 */
final class SourceStream extends FilterInputStream {
    private IOException failure;

    SourceStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    /** The store's own failure, if reading the ciphertext failed. */
    IOException failure() {
        return failure;
    }
}
