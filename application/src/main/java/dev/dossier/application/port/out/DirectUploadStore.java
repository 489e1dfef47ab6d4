package dev.dossier.application.port.out;

import dev.dossier.domain.document.StorageKey;
import java.io.InputStream;
import java.util.Map;

/**
 * Port: the quarantine of direct uploads. The store hands out a signed form that lets a client
 * put exactly one file (size, content type, key and expiry fixed by an {@link UploadPolicy})
 * under a quarantine key, and later moves checked bytes to a document's key. Quarantined bytes
 * are never served.
 */
public interface DirectUploadStore {
    /** The URL and form fields a client POSTs the file with; the storage (or Dossier) enforces the policy. */
    PresignedUpload presign(UploadPolicy policy);

    /** Whether bytes are waiting under the quarantine key. */
    boolean isQuarantined(StorageKey quarantineKey);

    /**
     * Moves the quarantined object to {@code documentKey}, replacing anything there (the key
     * belongs to this upload alone). Idempotent: with nothing in quarantine it changes nothing.
     */
    void promote(StorageKey quarantineKey, StorageKey documentKey);

    /** Removes the quarantined object; a missing one is not an error. */
    void removeQuarantined(StorageKey quarantineKey);

    /**
     * Receives a form POSTed to Dossier's own upload URL (stores that cannot enforce a policy
     * themselves): checks the signature and every policy condition, then puts the bytes in
     * quarantine. Stores whose storage receives the form itself refuse with NOT_SUPPORTED.
     *
     * @throws UploadRefusedException when the form breaks the policy; nothing is stored then
     */
    default void receive(Map<String, String> fields, InputStream file, long fileSize) {
        throw new UploadRefusedException(
                UploadRefusedException.Reason.NOT_SUPPORTED, "This storage receives uploads itself.");
    }
}
