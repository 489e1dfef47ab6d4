package dev.dossier.domain.attachment;

import dev.dossier.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a questionnaire response. */
public record ResponseId(UUID value) {
    public ResponseId {
        Objects.requireNonNull(value, "value");
    }

    public static ResponseId generate() {
        return new ResponseId(UUID.randomUUID());
    }

    public static ResponseId parse(String value) {
        return new ResponseId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
