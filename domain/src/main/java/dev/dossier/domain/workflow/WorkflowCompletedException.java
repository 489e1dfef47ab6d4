package dev.dossier.domain.workflow;

import dev.dossier.domain.shared.DomainException;

/** A completed workflow takes no more fulfillments or requirements. */
public final class WorkflowCompletedException extends DomainException {
    public WorkflowCompletedException() {
        super("The workflow is completed; nothing can be added to it.");
    }
}
