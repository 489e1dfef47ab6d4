package dev.dossier.application.service.document;

import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.document.GetDocumentUseCase;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.tenant.Scope;

/** Use case: read one document's metadata. */
public final class GetDocumentService implements GetDocumentUseCase {
    private final DocumentLookup lookup;

    public GetDocumentService(DocumentRepository documents) {
        this.lookup = new DocumentLookup(documents);
    }

    @Override
    public Document get(DocumentRef ref) {
        ref.caller().require(Scope.DOCUMENTS);
        return lookup.find(ref);
    }
}
