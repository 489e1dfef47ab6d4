package dev.dossier.application.service.document;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.DownloadLink;
import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.application.port.out.OperationsMeter;
import dev.dossier.application.port.out.SecretGenerator;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.token.DownloadToken;
import java.util.function.Consumer;

/**
 * Issues single-use download links for the use cases that hand them out (documents, attachments,
 * business documents): confidential documents need the confidential scope, and the issue is audited.
 */
public final class DownloadLinkIssuer {
    static final String TOKEN_PREFIX = "dl_";
    private final DownloadTokenRepository tokens;
    private final SecretGenerator secrets;
    private final TimeSource time;
    private final DocumentAudit audit;
    private final OperationsMeter meter;

    public DownloadLinkIssuer(
            DownloadTokenRepository tokens,
            SecretGenerator secrets,
            TimeSource time,
            DocumentAudit audit,
            OperationsMeter meter) {
        this.tokens = tokens;
        this.secrets = secrets;
        this.time = time;
        this.audit = audit;
        this.meter = meter;
    }

    /** Issues a link for a document the caller has already found, inside the caller's transaction. */
    public DownloadLink issueFor(Document document, Caller caller) {
        return issue(document, caller, tokens::save);
    }

    /**
     * Whether issuing a link for the document leaves an audit event, so that its token must commit
     * in one transaction with that event ({@link #issueFor}).
     */
    public boolean auditsIssueOf(Document document) {
        return audit.auditsAccessTo(document);
    }

    /**
     * Issues a link whose issue is not audited, for a document found outside any transaction: the
     * token is the only write, so it is stored by a statement that commits at once.
     */
    public DownloadLink issueOutsideTransaction(Document document, Caller caller) {
        if (auditsIssueOf(document)) {
            throw new IllegalStateException("an audited link issue commits with its audit event");
        }
        return issue(document, caller, tokens::saveCommitted);
    }

    private DownloadLink issue(Document document, Caller caller, Consumer<DownloadToken> store) {
        if (document.isConfidential()) {
            caller.require(Scope.CONFIDENTIAL);
        }
        String secret = secrets.newSecret(TOKEN_PREFIX);
        DownloadToken token = DownloadToken.issue(secret, document.tenantId(), document.id(), time.now());
        store.accept(token);
        audit.recordAccess(document, AuditAction.LINK_ISSUED, caller);
        meter.linkIssued();
        return new DownloadLink(secret, token.expiresAt(), document);
    }
}
