package dev.dossier.application.port.in.workflow;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.workflow.RequiredDocumentId;
import dev.dossier.domain.workflow.WorkflowId;
import java.util.List;

/** Use case: a workflow's fulfillments (optionally of one required document), newest first. */
public interface ListFulfillmentsUseCase {
    List<FulfillmentView> list(Caller caller, WorkflowId workflowId, RequiredDocumentId requiredDocumentId);
}
