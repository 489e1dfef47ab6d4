package dev.dossier.application.port.in.business;

/** Use case: verify or reject a pending document, recording the change in its history. */
public interface ReviewDocumentUseCase {
    /**
     * @throws dev.dossier.application.error.ForbiddenException without the review scope
     * @throws dev.dossier.application.error.NotFoundException when the document is missing or not the business's
     * @throws dev.dossier.domain.document.IllegalTransitionException when the document is not pending (also when a
     *         concurrent review of it won)
     * @throws dev.dossier.domain.shared.InvalidValueException on {@code reason} for a rejection without one
     */
    BusinessDocument review(ReviewDocumentCommand command);
}
