package dev.dossier.domain.hold;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;
import java.util.Objects;
import java.util.UUID;

/** What a legal hold freezes: one entity (and so all its documents) or one document. */
public record HoldTarget(Kind kind, UUID id) {
    /** The kinds of thing a hold can be placed on. */
    public enum Kind {
        ENTITY,
        DOCUMENT
    }

    public HoldTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static HoldTarget entity(EntityId id) {
        return new HoldTarget(Kind.ENTITY, id.value());
    }

    public static HoldTarget document(DocumentId id) {
        return new HoldTarget(Kind.DOCUMENT, id.value());
    }
}
