package dev.dossier.application.port.in.document;

import dev.dossier.domain.document.Document;

/** Use case: read one document's metadata. */
public interface GetDocumentUseCase {
    /** @throws dev.dossier.application.error.NotFoundException when missing, another owner's or another tenant's */
    Document get(DocumentRef ref);
}
