package dev.dossier.application.port.in.document;

import dev.dossier.domain.document.Document;

/** Use case: validate, store and record an uploaded document. */
public interface UploadDocumentUseCase {
    /**
     * @throws dev.dossier.application.error.ValidationException for bad fields, type, content or size
     * @throws dev.dossier.application.error.NotFoundException when the owning entity is missing
     * @throws dev.dossier.application.error.StorageFailureException when storing failed; nothing was kept
     */
    Document upload(UploadDocumentCommand command);
}
