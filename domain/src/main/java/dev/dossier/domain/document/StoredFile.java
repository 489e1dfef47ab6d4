package dev.dossier.domain.document;

import java.util.Objects;
import java.util.regex.Pattern;

/** The bytes behind a document: safe name, content type, size, SHA-256 and generated storage key. */
public record StoredFile(FileName name, String contentType, long size, String sha256, StorageKey storageKey) {
    private static final Pattern HEX_SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    public StoredFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(storageKey, "storageKey");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        if (sha256 == null || !HEX_SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }
}
