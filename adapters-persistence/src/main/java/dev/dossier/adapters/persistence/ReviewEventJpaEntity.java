package dev.dossier.adapters.persistence;

import dev.dossier.domain.document.VerificationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA row of one review status change of a document. */
@Entity
@Table(name = "document_review_event")
public class ReviewEventJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private UUID documentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false, length = 16)
    private VerificationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 16)
    private VerificationStatus toStatus;

    @Column(name = "actor", nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(name = "reason", updatable = false, length = 2000)
    private String reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    protected ReviewEventJpaEntity() {}

    ReviewEventJpaEntity(
            UUID id,
            UUID tenantId,
            UUID documentId,
            VerificationStatus fromStatus,
            VerificationStatus toStatus,
            String actor,
            String reason,
            OffsetDateTime occurredAt) {
        this.id = id;
        this.tenantId = tenantId;
        this.documentId = documentId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.reason = reason;
        this.occurredAt = occurredAt;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID documentId() {
        return documentId;
    }

    VerificationStatus fromStatus() {
        return fromStatus;
    }

    VerificationStatus toStatus() {
        return toStatus;
    }

    String actor() {
        return actor;
    }

    String reason() {
        return reason;
    }

    OffsetDateTime occurredAt() {
        return occurredAt;
    }
}
