package dev.dossier.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** JPA row of an idempotency record, keyed by tenant and key. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecordJpaEntity.Key.class)
public class IdempotencyRecordJpaEntity {
    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Id
    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 255)
    private String idempotencyKey;

    @Column(name = "claim_id", nullable = false)
    private UUID claimId;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "response_body", length = 1_000_000)
    private String responseBody;

    protected IdempotencyRecordJpaEntity() {}

    IdempotencyRecordJpaEntity(
            UUID tenantId,
            String idempotencyKey,
            UUID claimId,
            String fingerprint,
            OffsetDateTime createdAt,
            OffsetDateTime completedAt,
            Integer responseStatus,
            String responseBody) {
        this.tenantId = tenantId;
        this.idempotencyKey = idempotencyKey;
        this.claimId = claimId;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
        this.completedAt = completedAt;
        this.responseStatus = responseStatus;
        this.responseBody = responseBody;
    }

    UUID tenantId() {
        return tenantId;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    UUID claimId() {
        return claimId;
    }

    String fingerprint() {
        return fingerprint;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    OffsetDateTime completedAt() {
        return completedAt;
    }

    Integer responseStatus() {
        return responseStatus;
    }

    String responseBody() {
        return responseBody;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID tenantId;
        private String idempotencyKey;

        public Key() {}

        Key(UUID tenantId, String idempotencyKey) {
            this.tenantId = tenantId;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k
                    && Objects.equals(tenantId, k.tenantId)
                    && Objects.equals(idempotencyKey, k.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, idempotencyKey);
        }
    }
}
