package dev.dossier.application.port.in.response;

/**
 * Use case: upload a file as an answer. The document becomes an entity document of the
 * response's entity ({@code entity_private} by default) and is attached, in one transaction.
 */
public interface UploadResponseDocumentUseCase {
    AttachmentView upload(UploadResponseDocumentCommand command);
}
