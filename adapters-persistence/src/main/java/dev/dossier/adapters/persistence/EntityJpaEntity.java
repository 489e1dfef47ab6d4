package dev.dossier.adapters.persistence;

import dev.dossier.domain.entity.EntityType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA row of an entity (a company or an individual a tenant checks). */
@Entity
@Table(name = "entity")
public class EntityJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "name", nullable = false, length = 255)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false, length = 20)
    private EntityType type;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected EntityJpaEntity() {}

    EntityJpaEntity(UUID id, UUID tenantId, String name, EntityType type, OffsetDateTime createdAt) {
        this.id = id;
        this.tenantId = tenantId;
        this.name = name;
        this.type = type;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    String name() {
        return name;
    }

    EntityType type() {
        return type;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }
}
