package dev.dossier.application.port.in.workflow;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowId;

/** Use case: mark a workflow completed; it takes no more requirements or fulfillments. */
public interface CompleteWorkflowUseCase {
    Workflow complete(Caller caller, WorkflowId id);
}
