package dev.dossier.adapters.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** JPA row of a questionnaire response with its file questions. */
@Entity
@Table(name = "questionnaire_response")
public class QuestionnaireResponseJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private UUID entityId;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "file_question", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    private List<FileQuestionRow> fileQuestions = new ArrayList<>();

    protected QuestionnaireResponseJpaEntity() {}

    QuestionnaireResponseJpaEntity(
            UUID id,
            UUID tenantId,
            UUID entityId,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime submittedAt,
            List<FileQuestionRow> fileQuestions) {
        this.id = id;
        this.tenantId = tenantId;
        this.entityId = entityId;
        this.status = status;
        this.createdAt = createdAt;
        this.submittedAt = submittedAt;
        this.fileQuestions = new ArrayList<>(fileQuestions);
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID entityId() {
        return entityId;
    }

    String status() {
        return status;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    OffsetDateTime submittedAt() {
        return submittedAt;
    }

    List<FileQuestionRow> fileQuestions() {
        return fileQuestions;
    }
}
