package dev.dossier.domain.workflow;

import java.util.Objects;
import java.util.UUID;

/** Identity of a required document. */
public record RequiredDocumentId(UUID value) {
    public RequiredDocumentId {
        Objects.requireNonNull(value, "value");
    }

    public static RequiredDocumentId generate() {
        return new RequiredDocumentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
