package dev.dossier.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA row of a data key: its owner and its wrapped form. */
@Entity
@Table(name = "data_key")
public class DataKeyJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "entity_id", updatable = false)
    private UUID entityId;

    @Column(name = "owner_key", nullable = false, updatable = false, length = 64)
    private String ownerKey;

    @Column(name = "master_key_id", nullable = false, length = 64)
    private String masterKeyId;

    @Column(name = "wrapped_key", nullable = false, length = 1024)
    private String wrappedKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected DataKeyJpaEntity() {}

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID entityId() {
        return entityId;
    }

    String masterKeyId() {
        return masterKeyId;
    }

    String wrappedKey() {
        return wrappedKey;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }
}
