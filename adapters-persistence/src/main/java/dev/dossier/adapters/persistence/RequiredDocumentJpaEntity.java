package dev.dossier.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA row of a workflow's required document. */
@Entity
@Table(name = "required_document")
public class RequiredDocumentJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    UUID tenantId;

    @Column(name = "workflow_id", nullable = false, updatable = false)
    UUID workflowId;

    @Column(name = "document_type_code", nullable = false, length = 64)
    String documentTypeCode;

    @Column(name = "name", nullable = false, length = 255)
    String name;

    @Column(name = "category", nullable = false, length = 32)
    String category;

    @Column(name = "requirement_text", length = 2000)
    String requirementText;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    protected RequiredDocumentJpaEntity() {}

    RequiredDocumentJpaEntity(UUID id) {
        this.id = id;
    }
}
