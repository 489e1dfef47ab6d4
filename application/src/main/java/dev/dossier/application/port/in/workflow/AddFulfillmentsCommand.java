package dev.dossier.application.port.in.workflow;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.workflow.WorkflowId;
import java.util.List;
import java.util.Objects;

/** Input of {@link AddFulfillmentsUseCase}: the items in the order the client sent them. */
public record AddFulfillmentsCommand(Caller caller, WorkflowId workflowId, List<FulfillmentItem> items) {
    public AddFulfillmentsCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(workflowId, "workflowId");
        items = List.copyOf(items);
    }
}
