package dev.dossier.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA row of an API key: the hash of its secret, never the secret. */
@Entity
@Table(name = "api_key")
public class ApiKeyJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    /** Comma-separated scope names. */
    @Column(name = "scopes", nullable = false, length = 200)
    private String scopes;

    @Column(name = "secret_hash", nullable = false, length = 64, unique = true)
    private String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected ApiKeyJpaEntity() {}

    ApiKeyJpaEntity(UUID id, UUID tenantId, String email, String scopes, String secretHash, OffsetDateTime createdAt) {
        this.id = id;
        this.tenantId = tenantId;
        this.email = email;
        this.scopes = scopes;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    String email() {
        return email;
    }

    String scopes() {
        return scopes;
    }

    String secretHash() {
        return secretHash;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }
}
