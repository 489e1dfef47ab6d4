package dev.dossier.application.port.in.response;

/**
 * Use case: remove an attachment. A document uploaded through a response goes with its last
 * attachment (row, links and bytes); a library or entity document that was attached stays.
 */
public interface DeleteResponseDocumentUseCase {
    void delete(AttachmentRef ref);
}
