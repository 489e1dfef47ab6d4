package dev.dossier.adapters.rest.library;

import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.domain.entity.Entity;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The Library's Entity object. */
@JsonbPropertyOrder({"id", "name", "entityType", "createdAt"})
public record EntityJson(String id, String name, String entityType, String createdAt) {
    public static EntityJson from(Entity e) {
        return new EntityJson(e.id().toString(), e.name(), e.type().wireName(), Timestamps.utc(e.createdAt()));
    }
}
