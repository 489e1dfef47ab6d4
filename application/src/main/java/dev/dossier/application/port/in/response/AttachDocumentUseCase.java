package dev.dossier.application.port.in.response;

/**
 * Use case (autofill): attach a library document or one of the response entity's documents without uploading it again.
 */
public interface AttachDocumentUseCase {
    AttachmentView attach(AttachDocumentCommand command);
}
