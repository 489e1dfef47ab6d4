package dev.dossier.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA row of an attachment: a document answering one file question of one questionnaire response. */
@Entity
@Table(name = "attachment")
public class AttachmentJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "response_id", nullable = false, updatable = false)
    private UUID responseId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private UUID documentId;

    @Column(name = "file_question_id")
    private Integer fileQuestionId;

    @Column(name = "uploaded_through_response", nullable = false)
    private boolean uploadedThroughResponse;

    @Column(name = "flagged", nullable = false)
    private boolean flagged;

    @Column(name = "submitted", nullable = false)
    private boolean submitted;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected AttachmentJpaEntity() {}

    AttachmentJpaEntity(
            UUID id,
            UUID tenantId,
            UUID responseId,
            UUID documentId,
            Integer fileQuestionId,
            boolean uploadedThroughResponse,
            boolean flagged,
            boolean submitted,
            OffsetDateTime createdAt) {
        this.id = id;
        this.tenantId = tenantId;
        this.responseId = responseId;
        this.documentId = documentId;
        this.fileQuestionId = fileQuestionId;
        this.uploadedThroughResponse = uploadedThroughResponse;
        this.flagged = flagged;
        this.submitted = submitted;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID responseId() {
        return responseId;
    }

    UUID documentId() {
        return documentId;
    }

    Integer fileQuestionId() {
        return fileQuestionId;
    }

    boolean uploadedThroughResponse() {
        return uploadedThroughResponse;
    }

    boolean flagged() {
        return flagged;
    }

    boolean submitted() {
        return submitted;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }
}
