package dev.dossier.application.port.in.workflow;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.workflow.WorkflowId;
import java.util.Objects;

/** Input of {@link AddRequiredDocumentUseCase}; the texts arrive raw and are checked by the service. */
public record AddRequiredDocumentCommand(
        Caller caller, WorkflowId workflowId, String documentTypeCode, String name, String requirementText) {
    public AddRequiredDocumentCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(workflowId, "workflowId");
    }
}
