package dev.dossier.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA row of an audit event with its place and hash in its tenant's chain; insert-only (no column is updatable). */
@Entity
@Table(name = "audit_event")
public class AuditEventJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "document_id", updatable = false)
    private UUID documentId;

    @Column(name = "entity_id", updatable = false)
    private UUID entityId;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "actor_key_id", updatable = false)
    private UUID actorKeyId;

    @Column(name = "actor_email", updatable = false)
    private String actorEmail;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    @Column(name = "detail", updatable = false)
    private String detail;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "chain_seq", nullable = false, updatable = false)
    private long chainSeq;

    @Column(name = "chain_hash", nullable = false, updatable = false)
    private String chainHash;

    protected AuditEventJpaEntity() {}

    AuditEventJpaEntity(
            UUID id,
            UUID tenantId,
            UUID documentId,
            UUID entityId,
            String action,
            UUID actorKeyId,
            String actorEmail,
            String clientAddress,
            String detail,
            OffsetDateTime occurredAt,
            long chainSeq,
            String chainHash) {
        this.id = id;
        this.tenantId = tenantId;
        this.documentId = documentId;
        this.entityId = entityId;
        this.action = action;
        this.actorKeyId = actorKeyId;
        this.actorEmail = actorEmail;
        this.clientAddress = clientAddress;
        this.detail = detail;
        this.occurredAt = occurredAt;
        this.chainSeq = chainSeq;
        this.chainHash = chainHash;
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

    UUID entityId() {
        return entityId;
    }

    String action() {
        return action;
    }

    UUID actorKeyId() {
        return actorKeyId;
    }

    String actorEmail() {
        return actorEmail;
    }

    String clientAddress() {
        return clientAddress;
    }

    String detail() {
        return detail;
    }

    OffsetDateTime occurredAt() {
        return occurredAt;
    }

    long chainSeq() {
        return chainSeq;
    }

    String chainHash() {
        return chainHash;
    }
}
