package dev.dossier.domain.entity;

import dev.dossier.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of an entity (also the business and the subject record of the other surfaces). */
public record EntityId(UUID value) {
    public EntityId {
        Objects.requireNonNull(value, "value");
    }

    public static EntityId generate() {
        return new EntityId(UUID.randomUUID());
    }

    public static EntityId parse(String value) {
        return new EntityId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
