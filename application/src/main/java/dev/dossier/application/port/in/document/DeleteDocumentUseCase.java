package dev.dossier.application.port.in.document;

/** Use case: delete a document, its links and its bytes, unless a response references it. */
public interface DeleteDocumentUseCase {
    /** @throws dev.dossier.domain.document.DocumentReferencedException when a response references it */
    void delete(DocumentRef ref);
}
