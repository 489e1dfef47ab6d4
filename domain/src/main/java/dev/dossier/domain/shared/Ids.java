package dev.dossier.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Parsing shared by the validating id records. */
public final class Ids {
    private Ids() {}

    /** Parses a canonical UUID string, or throws {@link IllegalArgumentException}. */
    public static UUID parse(String value) {
        Objects.requireNonNull(value, "id");
        String s = value.trim();
        if (s.length() != 36) {
            throw new IllegalArgumentException("not a UUID: " + value);
        }
        UUID uuid = UUID.fromString(s);
        if (!uuid.toString().equalsIgnoreCase(s)) {
            throw new IllegalArgumentException("not a UUID: " + value);
        }
        return uuid;
    }
}
