package dev.dossier.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA row of a fulfillment: one document linked to one required document. */
@Entity
@Table(name = "fulfillment")
public class FulfillmentJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    UUID tenantId;

    @Column(name = "workflow_id", nullable = false, updatable = false)
    UUID workflowId;

    @Column(name = "required_document_id", nullable = false, updatable = false)
    UUID requiredDocumentId;

    @Column(name = "document_id", nullable = false, updatable = false)
    UUID documentId;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    protected FulfillmentJpaEntity() {}

    FulfillmentJpaEntity(UUID id) {
        this.id = id;
    }
}
