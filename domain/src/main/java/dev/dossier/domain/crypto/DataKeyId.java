package dev.dossier.domain.crypto;

import java.util.Objects;
import java.util.UUID;

/** Identity of a data key. */
public record DataKeyId(UUID value) {
    public DataKeyId {
        Objects.requireNonNull(value, "value");
    }

    public static DataKeyId generate() {
        return new DataKeyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
