package dev.dossier.adapters.persistence;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.workflow.Fulfillment;
import dev.dossier.domain.workflow.FulfillmentId;
import dev.dossier.domain.workflow.RequiredDocument;
import dev.dossier.domain.workflow.RequiredDocumentId;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowId;

/** Workflow, required document and fulfillment ↔ rows. */
final class WorkflowMapper {
    private WorkflowMapper() {}

    static WorkflowJpaEntity toRow(Workflow w) {
        WorkflowJpaEntity row = new WorkflowJpaEntity(w.id().value());
        row.tenantId = w.tenantId().value();
        row.subjectRecordId = w.subjectRecordId().value();
        row.type = w.type();
        row.status = w.status();
        row.createdAt = Times.toColumn(w.createdAt());
        row.updatedAt = Times.toColumn(w.updatedAt());
        return row;
    }

    static Workflow toDomain(WorkflowJpaEntity row) {
        return Workflow.reconstitute(
                new WorkflowId(row.id),
                new TenantId(row.tenantId),
                new EntityId(row.subjectRecordId),
                row.type,
                row.status,
                Times.fromColumn(row.createdAt),
                Times.fromColumn(row.updatedAt));
    }

    static RequiredDocumentJpaEntity toRow(RequiredDocument r) {
        RequiredDocumentJpaEntity row = new RequiredDocumentJpaEntity(r.id().value());
        row.tenantId = r.tenantId().value();
        row.workflowId = r.workflowId().value();
        row.documentTypeCode = r.documentTypeCode();
        row.name = r.name();
        row.category = r.category();
        row.requirementText = r.requirementText();
        row.createdAt = Times.toColumn(r.createdAt());
        return row;
    }

    static RequiredDocument toDomain(RequiredDocumentJpaEntity row) {
        return new RequiredDocument(
                new RequiredDocumentId(row.id),
                new TenantId(row.tenantId),
                new WorkflowId(row.workflowId),
                row.documentTypeCode,
                row.name,
                row.category,
                row.requirementText,
                Times.fromColumn(row.createdAt));
    }

    static FulfillmentJpaEntity toRow(Fulfillment f) {
        FulfillmentJpaEntity row = new FulfillmentJpaEntity(f.id().value());
        row.tenantId = f.tenantId().value();
        row.workflowId = f.workflowId().value();
        row.requiredDocumentId = f.requiredDocumentId().value();
        row.documentId = f.documentId().value();
        row.createdAt = Times.toColumn(f.createdAt());
        return row;
    }

    static Fulfillment toDomain(FulfillmentJpaEntity row) {
        return new Fulfillment(
                new FulfillmentId(row.id),
                new TenantId(row.tenantId),
                new WorkflowId(row.workflowId),
                new RequiredDocumentId(row.requiredDocumentId),
                new DocumentId(row.documentId),
                Times.fromColumn(row.createdAt));
    }
}
