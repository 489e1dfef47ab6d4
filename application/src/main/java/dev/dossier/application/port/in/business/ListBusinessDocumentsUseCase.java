package dev.dossier.application.port.in.business;

/** Use case: one page of a business's documents, newest first, filtered by type and status as read today. */
public interface ListBusinessDocumentsUseCase {
    /** @throws dev.dossier.application.error.NotFoundException when the business is missing or another tenant's */
    BusinessDocumentPage list(ListBusinessDocumentsQuery query);
}
