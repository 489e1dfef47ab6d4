package dev.dossier.application.service.workflow;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.workflow.ListRequiredDocumentsUseCase;
import dev.dossier.application.port.in.workflow.RequiredDocumentView;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.port.out.WorkflowRepository;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.workflow.Fulfillment;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowId;
import java.util.List;

/** Use case: a workflow's required documents with their derived status, newest first. */
public final class ListRequiredDocumentsService implements ListRequiredDocumentsUseCase {
    private final WorkflowRepository workflows;
    private final WorkflowLookup lookup;
    private final UnitOfWork tx;

    public ListRequiredDocumentsService(WorkflowRepository workflows, DocumentRepository documents, UnitOfWork tx) {
        this.workflows = workflows;
        this.lookup = new WorkflowLookup(workflows, documents);
        this.tx = tx;
    }

    @Override
    public List<RequiredDocumentView> list(Caller caller, WorkflowId workflowId) {
        caller.require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            Workflow workflow = lookup.find(caller, workflowId);
            List<Fulfillment> fulfillments = workflows.listFulfillments(caller.tenantId(), workflow.id());
            return workflows.listRequiredDocuments(caller.tenantId(), workflow.id()).stream()
                    .map(r -> lookup.view(r, fulfillments))
                    .toList();
        });
    }
}
