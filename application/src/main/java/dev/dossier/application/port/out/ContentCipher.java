package dev.dossier.application.port.out;

import java.io.InputStream;

/**
 * Port: the streaming authenticated cipher that every stored object goes through, whatever the
 * store. Objects are encrypted with a data key bound to associated data that names the object's
 * tenant and document, so a changed, truncated or swapped object fails to decrypt.
 */
public interface ContentCipher {
    /** A new data key in clear: the caller wraps it before storing it and keeps no other copy. */
    byte[] newDataKey();

    /**
     * Encrypts {@code plaintext}, checking on the way that it has the size and SHA-256 it declares
     * (else {@link ContentStoreException} and nothing is kept). The result is the ciphertext, ready
     * for a {@link DocumentContentStore}, readable until it is closed. Never holds the file in heap.
     */
    SealedContent seal(StorableContent plaintext, byte[] dataKey, byte[] associatedData);

    /**
     * The plaintext of a stored object as it is read. A read fails with
     * {@link ContentTamperedException} as soon as the bytes read so far fail authentication.
     */
    InputStream open(InputStream ciphertext, byte[] dataKey, byte[] associatedData);
}
