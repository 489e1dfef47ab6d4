package dev.dossier.application.port.in.workflow;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.entity.EntityId;
import java.util.Objects;

/** Input of {@link CreateWorkflowUseCase}; the type arrives raw and is checked by the service. */
public record CreateWorkflowCommand(Caller caller, EntityId subjectRecordId, String workflowType) {
    public CreateWorkflowCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(subjectRecordId, "subjectRecordId");
    }
}
