package dev.dossier.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA row of a download token, keyed by the hash of its secret. */
@Entity
@Table(name = "download_token")
public class DownloadTokenJpaEntity {
    @Id
    @Column(name = "secret_hash", nullable = false, updatable = false, length = 64)
    private String secretHash;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private UUID documentId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "redeemed_at")
    private OffsetDateTime redeemedAt;

    protected DownloadTokenJpaEntity() {}

    DownloadTokenJpaEntity(
            String secretHash,
            UUID tenantId,
            UUID documentId,
            OffsetDateTime issuedAt,
            OffsetDateTime expiresAt,
            OffsetDateTime redeemedAt) {
        this.secretHash = secretHash;
        this.tenantId = tenantId;
        this.documentId = documentId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.redeemedAt = redeemedAt;
    }

    String secretHash() {
        return secretHash;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID documentId() {
        return documentId;
    }

    OffsetDateTime issuedAt() {
        return issuedAt;
    }

    OffsetDateTime expiresAt() {
        return expiresAt;
    }

    OffsetDateTime redeemedAt() {
        return redeemedAt;
    }
}
