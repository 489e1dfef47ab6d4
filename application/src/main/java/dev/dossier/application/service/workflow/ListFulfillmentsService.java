package dev.dossier.application.service.workflow;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.workflow.FulfillmentView;
import dev.dossier.application.port.in.workflow.ListFulfillmentsUseCase;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.port.out.WorkflowRepository;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.workflow.RequiredDocumentId;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowId;
import java.util.List;

/** Use case: a workflow's fulfillments with their decisions, newest first. */
public final class ListFulfillmentsService implements ListFulfillmentsUseCase {
    private final WorkflowRepository workflows;
    private final WorkflowLookup lookup;
    private final UnitOfWork tx;

    public ListFulfillmentsService(WorkflowRepository workflows, DocumentRepository documents, UnitOfWork tx) {
        this.workflows = workflows;
        this.lookup = new WorkflowLookup(workflows, documents);
        this.tx = tx;
    }

    @Override
    public List<FulfillmentView> list(Caller caller, WorkflowId workflowId, RequiredDocumentId requiredDocumentId) {
        caller.require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            Workflow workflow = lookup.find(caller, workflowId);
            var fulfillments = requiredDocumentId == null
                    ? workflows.listFulfillments(caller.tenantId(), workflow.id())
                    : workflows.listFulfillments(caller.tenantId(), workflow.id(), requiredDocumentId);
            return fulfillments.stream().map(lookup::view).toList();
        });
    }
}
