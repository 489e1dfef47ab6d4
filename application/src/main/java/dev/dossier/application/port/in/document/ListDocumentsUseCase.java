package dev.dossier.application.port.in.document;

/** Use case: list an owner's documents, newest first. */
public interface ListDocumentsUseCase {
    /** @throws dev.dossier.application.error.NotFoundException when the owning entity is missing */
    DocumentPage list(ListDocumentsQuery query);
}
