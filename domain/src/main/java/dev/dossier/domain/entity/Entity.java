package dev.dossier.domain.entity;

import dev.dossier.domain.shared.Text;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/** A company or individual a tenant checks; documents can be attached to it. */
public record Entity(EntityId id, TenantId tenantId, String name, EntityType type, Instant createdAt) {
    public static final int MAX_NAME_LENGTH = 255;

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Entity create(TenantId tenantId, String name, EntityType type, Instant now) {
        return new Entity(EntityId.generate(), tenantId, Text.required("name", name, MAX_NAME_LENGTH), type, now);
    }
}
