package dev.dossier.application.service.document;

import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.document.DownloadLink;
import dev.dossier.application.port.in.document.IssueDownloadLinkUseCase;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.tenant.Scope;

/**
 * Use case: issue a single-use download link; confidential documents need the confidential scope.
 * The document is read outside a transaction. Only an audited issue opens one; any other issue
 * writes just its token, with one statement.
 */
public final class IssueDownloadLinkService implements IssueDownloadLinkUseCase {
    private final DocumentLookup lookup;
    private final DownloadLinkIssuer issuer;
    private final UnitOfWork tx;

    public IssueDownloadLinkService(DocumentRepository documents, DownloadLinkIssuer issuer, UnitOfWork tx) {
        this.lookup = new DocumentLookup(documents);
        this.issuer = issuer;
        this.tx = tx;
    }

    @Override
    public DownloadLink issue(DocumentRef ref) {
        ref.caller().require(Scope.DOCUMENTS);
        Document document = tx.read(() -> lookup.find(ref));
        if (issuer.auditsIssueOf(document)) {
            // the token and its audit event commit together, for the document as the transaction reads it
            return tx.inTransaction(() -> issuer.issueFor(lookup.find(ref), ref.caller()));
        }
        return issuer.issueOutsideTransaction(document, ref.caller());
    }
}
