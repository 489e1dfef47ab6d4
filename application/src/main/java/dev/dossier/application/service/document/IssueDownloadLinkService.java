package dev.dossier.application.service.document;

import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.document.DownloadLink;
import dev.dossier.application.port.in.document.IssueDownloadLinkUseCase;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.tenant.Scope;

/** Use case: issue a single-use download link; confidential documents need the confidential scope. */
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
        return tx.inTransaction(() -> issuer.issueFor(lookup.find(ref), ref.caller()));
    }
}
