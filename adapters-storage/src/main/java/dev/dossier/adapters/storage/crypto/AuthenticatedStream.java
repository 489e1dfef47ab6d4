package dev.dossier.adapters.storage.crypto;

import dev.dossier.application.port.out.ContentTamperedException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Tink's decrypting stream as the port promises it: bytes that fail authentication surface as
 * {@link ContentTamperedException}, failures of the store as themselves.
 */
final class AuthenticatedStream extends FilterInputStream {
    private final SourceStream source;

    AuthenticatedStream(InputStream decrypting, SourceStream source) {
        super(decrypting);
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw translated(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            throw translated(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            throw translated(e);
        }
    }

    private IOException translated(IOException e) {
        if (source.failure() != null || e instanceof ContentTamperedException) {
            return e;
        }
        return new ContentTamperedException("the stored object failed authentication: " + e.getMessage(), e);
    }
}
