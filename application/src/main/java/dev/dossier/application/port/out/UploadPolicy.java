package dev.dossier.application.port.out;

import dev.dossier.domain.document.StorageKey;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a presigned upload allows: one object under {@code key}, exactly {@code size} bytes, of
 * {@code contentType}, before {@code expiresAt}, carrying {@code metadata} (sent as
 * {@code x-amz-meta-<name>} fields).
 */
public record UploadPolicy(
        StorageKey key, String contentType, long size, Instant expiresAt, Map<String, String> metadata) {
    public UploadPolicy {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(expiresAt, "expiresAt");
        metadata = Map.copyOf(metadata);
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive");
        }
    }
}
