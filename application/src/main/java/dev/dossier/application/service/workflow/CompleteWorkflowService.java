package dev.dossier.application.service.workflow;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.workflow.CompleteWorkflowUseCase;
import dev.dossier.application.port.out.EventOutbox;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.port.out.WorkflowRepository;
import dev.dossier.domain.event.DomainEvent;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowId;
import dev.dossier.domain.workflow.WorkflowStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Use case: complete a workflow (locked, so that no batch of fulfillments slips in beside it),
 * published as {@code workflow.completed} with the workflow's and its entity's ids; completing a
 * completed workflow changes and publishes nothing.
 */
public final class CompleteWorkflowService implements CompleteWorkflowUseCase {
    private final WorkflowRepository workflows;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final EventOutbox outbox;

    public CompleteWorkflowService(WorkflowRepository workflows, TimeSource time, UnitOfWork tx, EventOutbox outbox) {
        this.workflows = workflows;
        this.time = time;
        this.tx = tx;
        this.outbox = outbox;
    }

    @Override
    public Workflow complete(Caller caller, WorkflowId id) {
        caller.require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            Workflow workflow = workflows
                    .findByIdForUpdate(caller.tenantId(), id)
                    .orElseThrow(() -> new NotFoundException("workflow"));
            if (workflow.status() == WorkflowStatus.COMPLETED) {
                return workflow;
            }
            Instant now = time.now();
            workflow.complete(now);
            workflows.save(workflow);
            outbox.publish(completed(workflow, now));
            return workflow;
        });
    }

    private static DomainEvent completed(Workflow workflow, Instant now) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("workflow_id", workflow.id().value().toString());
        data.put("entity_id", workflow.subjectRecordId().value().toString());
        data.put("status", workflow.status().name().toLowerCase(Locale.ROOT));
        data.put("completed_at", now.toString());
        return DomainEvent.of(workflow.tenantId(), EventType.WORKFLOW_COMPLETED, now, data);
    }
}
