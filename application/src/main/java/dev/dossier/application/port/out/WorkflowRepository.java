package dev.dossier.application.port.out;

import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.workflow.Fulfillment;
import dev.dossier.domain.workflow.RequiredDocument;
import dev.dossier.domain.workflow.RequiredDocumentId;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowId;
import java.util.List;
import java.util.Optional;

/** Port: workflows with their required documents and fulfillments, always within one tenant. */
public interface WorkflowRepository {
    /** Inserts a new workflow or updates a known one. */
    void save(Workflow workflow);

    /** Empty when missing or another tenant's. */
    Optional<Workflow> findById(TenantId tenantId, WorkflowId id);

    /** As {@link #findById}, locking the workflow until the transaction ends (batches against completion). */
    Optional<Workflow> findByIdForUpdate(TenantId tenantId, WorkflowId id);

    void saveRequiredDocument(RequiredDocument requiredDocument);

    /** Newest first ({@code created_at} descending, ties by id). */
    List<RequiredDocument> listRequiredDocuments(TenantId tenantId, WorkflowId workflowId);

    void saveFulfillments(List<Fulfillment> fulfillments);

    /** Newest first ({@code created_at} descending, ties by id). */
    List<Fulfillment> listFulfillments(TenantId tenantId, WorkflowId workflowId);

    /** The fulfillments of one required document; newest first. */
    default List<Fulfillment> listFulfillments(TenantId tenantId, WorkflowId workflowId, RequiredDocumentId of) {
        return listFulfillments(tenantId, workflowId).stream()
                .filter(f -> f.requiredDocumentId().equals(of))
                .toList();
    }
}
