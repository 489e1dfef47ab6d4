package dev.dossier.domain.workflow;

import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/** Aggregate root: a workflow of one subject record; it refuses additions once completed. */
public final class Workflow {
    private final WorkflowId id;
    private final TenantId tenantId;
    private final EntityId subjectRecordId;
    private final WorkflowType type;
    private final Instant createdAt;
    private WorkflowStatus status;
    private Instant updatedAt;

    private Workflow(
            WorkflowId id,
            TenantId tenantId,
            EntityId subjectRecordId,
            WorkflowType type,
            WorkflowStatus status,
            Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.subjectRecordId = Objects.requireNonNull(subjectRecordId, "subjectRecordId");
        this.type = Objects.requireNonNull(type, "type");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Workflow create(TenantId tenantId, EntityId subjectRecordId, WorkflowType type, Instant now) {
        return new Workflow(
                WorkflowId.generate(), tenantId, subjectRecordId, type, WorkflowStatus.IN_PROGRESS, now, now);
    }

    public static Workflow reconstitute(
            WorkflowId id,
            TenantId tenantId,
            EntityId subjectRecordId,
            WorkflowType type,
            WorkflowStatus status,
            Instant createdAt,
            Instant updatedAt) {
        return new Workflow(id, tenantId, subjectRecordId, type, status, createdAt, updatedAt);
    }

    /** Throws unless the workflow still takes requirements and fulfillments. */
    public void requireOpen() {
        if (status == WorkflowStatus.COMPLETED) {
            throw new WorkflowCompletedException();
        }
    }

    /** in progress → completed; completing a completed workflow changes nothing. */
    public void complete(Instant now) {
        if (status != WorkflowStatus.COMPLETED) {
            status = WorkflowStatus.COMPLETED;
            updatedAt = now;
        }
    }

    public WorkflowId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public EntityId subjectRecordId() {
        return subjectRecordId;
    }

    public WorkflowType type() {
        return type;
    }

    public WorkflowStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
