package dev.dossier.application.port.in.business;

import dev.dossier.application.port.in.document.DocumentRef;

/** Use case: read one business document with a fresh single-use download link. */
public interface GetBusinessDocumentUseCase {
    /**
     * @throws dev.dossier.application.error.NotFoundException when the document is missing, another business's
     *     or another tenant's
     * @throws dev.dossier.application.error.ForbiddenException for a confidential document without the
     *     confidential scope
     */
    BusinessDocumentDetails get(DocumentRef ref);
}
