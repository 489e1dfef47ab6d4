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

    @Column(name = "expires_at", updatable = false)
    private OffsetDateTime expiresAt;

    /** Written only by the conditional UPDATE of a revocation, so that the first one stands. */
    @Column(name = "revoked_at", updatable = false)
    private OffsetDateTime revokedAt;

    /** Written only by the conditional UPDATE of a use, never by a merge of a stale row. */
    @Column(name = "last_used_at", updatable = false)
    private OffsetDateTime lastUsedAt;

    protected ApiKeyJpaEntity() {}

    ApiKeyJpaEntity(
            UUID id,
            UUID tenantId,
            String email,
            String scopes,
            String secretHash,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            OffsetDateTime revokedAt,
            OffsetDateTime lastUsedAt) {
        this.id = id;
        this.tenantId = tenantId;
        this.email = email;
        this.scopes = scopes;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.revokedAt = revokedAt;
        this.lastUsedAt = lastUsedAt;
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

    OffsetDateTime expiresAt() {
        return expiresAt;
    }

    OffsetDateTime revokedAt() {
        return revokedAt;
    }

    OffsetDateTime lastUsedAt() {
        return lastUsedAt;
    }
}
