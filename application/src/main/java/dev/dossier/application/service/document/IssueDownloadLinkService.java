package dev.dossier.application.service.document;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.document.DownloadLink;
import dev.dossier.application.port.in.document.IssueDownloadLinkUseCase;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.application.port.out.SecretGenerator;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.token.DownloadToken;

/** Use case: issue a single-use download link; confidential documents need the confidential scope. */
public final class IssueDownloadLinkService implements IssueDownloadLinkUseCase {
    static final String TOKEN_PREFIX = "dl_";
    private final DocumentLookup lookup;
    private final DownloadTokenRepository tokens;
    private final SecretGenerator secrets;
    private final TimeSource time;
    private final ConfidentialAudit audit;
    private final UnitOfWork tx;

    public IssueDownloadLinkService(
            DocumentRepository documents,
            DownloadTokenRepository tokens,
            SecretGenerator secrets,
            TimeSource time,
            ConfidentialAudit audit,
            UnitOfWork tx) {
        this.lookup = new DocumentLookup(documents);
        this.tokens = tokens;
        this.secrets = secrets;
        this.time = time;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public DownloadLink issue(DocumentRef ref) {
        ref.caller().require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> issueFor(lookup.find(ref), ref.caller()));
    }

    /** Issues a link for a document the caller has already found (also used for attachments). */
    public DownloadLink issueFor(Document document, Caller caller) {
        if (document.isConfidential()) {
            caller.require(Scope.CONFIDENTIAL);
        }
        String secret = secrets.newSecret(TOKEN_PREFIX);
        DownloadToken token = DownloadToken.issue(secret, document.tenantId(), document.id(), time.now());
        tokens.save(token);
        audit.record(document, AuditAction.LINK_ISSUED, caller);
        return new DownloadLink(secret, token.expiresAt(), document);
    }
}
