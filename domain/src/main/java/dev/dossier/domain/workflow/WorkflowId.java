package dev.dossier.domain.workflow;

import java.util.Objects;
import java.util.UUID;

/** Identity of a workflow. */
public record WorkflowId(UUID value) {
    public WorkflowId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkflowId generate() {
        return new WorkflowId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
