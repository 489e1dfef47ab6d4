package dev.dossier.domain.tenant;

import dev.dossier.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of an API key (not the secret). */
public record ApiKeyId(UUID value) {
    public ApiKeyId {
        Objects.requireNonNull(value, "value");
    }

    public static ApiKeyId generate() {
        return new ApiKeyId(UUID.randomUUID());
    }

    public static ApiKeyId parse(String value) {
        return new ApiKeyId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
