package dev.dossier.application.port.in.directupload;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.document.DocumentId;

/** Use case: read a document with its upload status, settling a pending upload whose bytes have arrived. */
public interface GetDirectUploadUseCase {
    /** @throws dev.dossier.application.error.NotFoundException when missing or another tenant's */
    DirectUploadView get(Caller caller, DocumentId id);
}
