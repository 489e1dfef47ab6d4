package dev.dossier.domain.document;

import dev.dossier.domain.crypto.DataKeyId;
import dev.dossier.domain.shared.Sha256;
import java.util.Objects;
import java.util.Optional;

/**
 * The bytes behind a document: safe name, content type, size and SHA-256 of the plaintext, the
 * generated storage key, and the data key the stored object is encrypted with ({@code null} for an
 * object stored before encryption, which is read as it is until it is encrypted in place).
 */
public record StoredFile(
        FileName name, String contentType, long size, String sha256, StorageKey storageKey, DataKeyId dataKeyId) {
    /** A file stored in clear (before encryption existed). */
    public StoredFile(FileName name, String contentType, long size, String sha256, StorageKey storageKey) {
        this(name, contentType, size, sha256, storageKey, null);
    }

    public StoredFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(storageKey, "storageKey");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        if (!Sha256.isHex(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }

    /** The data key of the stored object, or empty for an object stored in clear. */
    public Optional<DataKeyId> sealedWith() {
        return Optional.ofNullable(dataKeyId);
    }

    /** The same file, stored under {@code newKey} encrypted with {@code dataKey}. */
    public StoredFile sealedAt(StorageKey newKey, DataKeyId dataKey) {
        return new StoredFile(name, contentType, size, sha256, newKey, Objects.requireNonNull(dataKey, "dataKey"));
    }
}
