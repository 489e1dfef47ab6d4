package dev.dossier.application.port.in.workflow;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.workflow.WorkflowId;
import java.util.List;

/** Use case: a workflow's required documents, newest first. */
public interface ListRequiredDocumentsUseCase {
    List<RequiredDocumentView> list(Caller caller, WorkflowId workflowId);
}
