package dev.dossier.application.port.in.workflow;

/** Use case: add a required document to an open workflow. */
public interface AddRequiredDocumentUseCase {
    RequiredDocumentView add(AddRequiredDocumentCommand command);
}
