package dev.dossier.application.port.out;

import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.shared.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;

/** Port: the bytes of documents, under keys Dossier generates. */
public interface DocumentContentStore {
    /**
     * Stores exactly {@code size} bytes read from {@code content} under {@code key}. The object
     * becomes visible only complete: on failure nothing is left under the key.
     */
    void put(StorageKey key, InputStream content, long size, String contentType);

    /**
     * Stores {@code content} under {@code key} as {@link #put(StorageKey, InputStream, long, String)}
     * does, and fails, leaving nothing under the key, unless the bytes written have the SHA-256
     * the content declares. This default hashes the bytes as they are copied and removes the
     * object on a mismatch (its key is not yet recorded anywhere, so no one can have read it); a
     * store that can check before writing overrides it.
     */
    default void put(StorageKey key, StorableContent content, String contentType) {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(content.open(), digest)) {
            put(key, in, content.size(), contentType);
        } catch (IOException e) {
            throw new ContentStoreException("cannot read the content for " + key + ": " + e.getMessage(), e);
        }
        String written = Sha256.hex(digest.digest());
        if (!written.equals(content.sha256())) {
            delete(key);
            throw new ContentStoreException("the bytes stored under " + key + " do not have the declared SHA-256");
        }
    }

    /** Opens the stored bytes; the caller closes the stream. Throws if there is no such object. */
    InputStream open(StorageKey key);

    boolean exists(StorageKey key);

    /** Removes the object; removing a missing object is not an error. */
    void delete(StorageKey key);

    /** Throws unless the store can be reached and used right now (readiness). */
    void checkReachable();

    /**
     * One page of the store's objects in key order: at most {@code limit} objects whose keys come after
     * {@code afterKey} ({@code null}: from the first). Objects whose names are no storage key are not
     * Dossier's and are left out.
     */
    List<StoredObject> list(String afterKey, int limit);
}
