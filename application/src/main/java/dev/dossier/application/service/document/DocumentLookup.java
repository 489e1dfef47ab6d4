package dev.dossier.application.service.document;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.domain.document.Document;

/** Finds the document a surface addresses; another tenant's or another owner's reads as missing. */
final class DocumentLookup {
    private final DocumentRepository documents;

    DocumentLookup(DocumentRepository documents) {
        this.documents = documents;
    }

    Document find(DocumentRef ref) {
        return documents
                .findById(ref.caller().tenantId(), ref.documentId())
                .filter(d -> d.isOwnedBy(ref.owner()))
                .orElseThrow(() -> new NotFoundException("document"));
    }

    /** {@link #find}, with the row locked until the transaction ends. */
    Document lock(DocumentRef ref) {
        return documents
                .lockById(ref.caller().tenantId(), ref.documentId())
                .filter(d -> d.isOwnedBy(ref.owner()))
                .orElseThrow(() -> new NotFoundException("document"));
    }
}
