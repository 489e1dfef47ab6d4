package dev.dossier.domain.workflow;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/** A document linked to one required document of a workflow; one document may fulfil several. */
public record Fulfillment(
        FulfillmentId id,
        TenantId tenantId,
        WorkflowId workflowId,
        RequiredDocumentId requiredDocumentId,
        DocumentId documentId,
        Instant createdAt) {
    public Fulfillment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(requiredDocumentId, "requiredDocumentId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Fulfillment create(
            Workflow workflow, RequiredDocumentId requirement, DocumentId document, Instant now) {
        workflow.requireOpen();
        return new Fulfillment(
                FulfillmentId.generate(), workflow.tenantId(), workflow.id(), requirement, document, now);
    }
}
