package dev.dossier.adapters.persistence;

import dev.dossier.domain.workflow.WorkflowStatus;
import dev.dossier.domain.workflow.WorkflowType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA row of a workflow. */
@Entity
@Table(name = "workflow")
public class WorkflowJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    UUID tenantId;

    @Column(name = "subject_record_id", nullable = false, updatable = false)
    UUID subjectRecordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "workflow_type", nullable = false, updatable = false, length = 32)
    WorkflowType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "workflow_status", nullable = false, length = 16)
    WorkflowStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    protected WorkflowJpaEntity() {}

    WorkflowJpaEntity(UUID id) {
        this.id = id;
    }
}
