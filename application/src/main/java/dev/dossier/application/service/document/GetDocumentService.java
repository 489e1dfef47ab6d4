package dev.dossier.application.service.document;

import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.document.GetDocumentUseCase;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.tenant.Scope;

/** Use case: read one document's metadata; reading a confidential one is audited. */
public final class GetDocumentService implements GetDocumentUseCase {
    private final DocumentLookup lookup;
    private final DocumentAudit audit;
    private final UnitOfWork tx;

    public GetDocumentService(DocumentRepository documents, DocumentAudit audit, UnitOfWork tx) {
        this.lookup = new DocumentLookup(documents);
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public Document get(DocumentRef ref) {
        ref.caller().require(Scope.DOCUMENTS);
        Document document = tx.read(() -> lookup.find(ref));
        if (audit.auditsAccessTo(document)) {
            // only an audited read writes: its event commits before the answer leaves
            tx.inTransaction(() -> audit.recordAccess(document, AuditAction.READ, ref.caller()));
        }
        return document;
    }
}
