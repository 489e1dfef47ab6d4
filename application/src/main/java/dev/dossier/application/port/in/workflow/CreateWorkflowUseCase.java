package dev.dossier.application.port.in.workflow;

import dev.dossier.domain.workflow.Workflow;

/** Use case: start a workflow for a subject record. */
public interface CreateWorkflowUseCase {
    Workflow create(CreateWorkflowCommand command);
}
