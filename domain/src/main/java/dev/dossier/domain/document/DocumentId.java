package dev.dossier.domain.document;

import dev.dossier.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a document, the same on every API surface. */
public record DocumentId(UUID value) {
    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    public static DocumentId generate() {
        return new DocumentId(UUID.randomUUID());
    }

    public static DocumentId parse(String value) {
        return new DocumentId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
