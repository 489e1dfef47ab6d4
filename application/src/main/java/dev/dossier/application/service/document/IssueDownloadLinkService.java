package dev.dossier.application.service.document;

import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.document.DownloadLink;
import dev.dossier.application.port.in.document.IssueDownloadLinkUseCase;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.application.port.out.SecretGenerator;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
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
    private final UnitOfWork tx;

    public IssueDownloadLinkService(DocumentRepository documents, DownloadTokenRepository tokens,
                                    SecretGenerator secrets, TimeSource time, UnitOfWork tx) {
        this.lookup = new DocumentLookup(documents);
        this.tokens = tokens;
        this.secrets = secrets;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public DownloadLink issue(DocumentRef ref) {
        ref.caller().require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            Document document = lookup.find(ref);
            if (document.isConfidential()) {
                ref.caller().require(Scope.CONFIDENTIAL);
            }
            String secret = secrets.newSecret(TOKEN_PREFIX);
            DownloadToken token = DownloadToken.issue(secret, document.tenantId(), document.id(), time.now());
            tokens.save(token);
            return new DownloadLink(secret, token.expiresAt(), document);
        });
    }
}
