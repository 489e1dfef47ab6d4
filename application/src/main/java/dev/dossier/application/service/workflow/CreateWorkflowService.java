package dev.dossier.application.service.workflow;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.port.in.workflow.CreateWorkflowCommand;
import dev.dossier.application.port.in.workflow.CreateWorkflowUseCase;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.port.out.WorkflowRepository;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowType;

/** Use case: start a workflow for a subject record of the caller's tenant. */
public final class CreateWorkflowService implements CreateWorkflowUseCase {
    private final EntityRepository entities;
    private final WorkflowRepository workflows;
    private final TimeSource time;
    private final UnitOfWork tx;

    public CreateWorkflowService(
            EntityRepository entities, WorkflowRepository workflows, TimeSource time, UnitOfWork tx) {
        this.entities = entities;
        this.workflows = workflows;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public Workflow create(CreateWorkflowCommand c) {
        c.caller().require(Scope.DOCUMENTS);
        if (c.workflowType() == null || c.workflowType().isBlank()) {
            throw ValidationException.of("workflow_type", "This field is required.");
        }
        WorkflowType type = WorkflowType.fromWireName(c.workflowType().strip())
                .orElseThrow(() -> ValidationException.of(
                        "workflow_type",
                        "\"" + c.workflowType() + "\" is not a valid choice. Allowed: "
                                + WorkflowType.allowedWireNames() + "."));
        if (entities.findById(c.caller().tenantId(), c.subjectRecordId()).isEmpty()) {
            throw new NotFoundException("subject record");
        }
        Workflow workflow = Workflow.create(c.caller().tenantId(), c.subjectRecordId(), type, time.now());
        tx.inTransaction(() -> workflows.save(workflow));
        return workflow;
    }
}
