package dev.dossier.application.service.workflow;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.workflow.CompleteWorkflowUseCase;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.port.out.WorkflowRepository;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowId;

/** Use case: complete a workflow (locked, so that no batch of fulfillments slips in beside it). */
public final class CompleteWorkflowService implements CompleteWorkflowUseCase {
    private final WorkflowRepository workflows;
    private final TimeSource time;
    private final UnitOfWork tx;

    public CompleteWorkflowService(WorkflowRepository workflows, TimeSource time, UnitOfWork tx) {
        this.workflows = workflows;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public Workflow complete(Caller caller, WorkflowId id) {
        caller.require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            Workflow workflow = workflows
                    .findByIdForUpdate(caller.tenantId(), id)
                    .orElseThrow(() -> new NotFoundException("workflow"));
            workflow.complete(time.now());
            workflows.save(workflow);
            return workflow;
        });
    }
}
