package dev.dossier.application.port.out;

import dev.dossier.domain.document.StorageKey;
import java.io.InputStream;

/** Port: the bytes of documents, under keys Dossier generates. */
public interface DocumentContentStore {
    /**
     * Stores exactly {@code size} bytes read from {@code content} under {@code key}. The object
     * becomes visible only complete: on failure nothing is left under the key.
     */
    void put(StorageKey key, InputStream content, long size, String contentType);

    /** Opens the stored bytes; the caller closes the stream. Throws if there is no such object. */
    InputStream open(StorageKey key);

    boolean exists(StorageKey key);

    /** Removes the object; removing a missing object is not an error. */
    void delete(StorageKey key);

    /** Throws unless the store can be reached and used right now (readiness). */
    void checkReachable();
}
