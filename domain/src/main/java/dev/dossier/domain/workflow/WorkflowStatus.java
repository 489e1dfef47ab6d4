package dev.dossier.domain.workflow;

/** A workflow takes fulfillments while in progress, none once completed. */
public enum WorkflowStatus {
    IN_PROGRESS,
    COMPLETED
}
