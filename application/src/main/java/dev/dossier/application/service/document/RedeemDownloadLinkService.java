package dev.dossier.application.service.document;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.StorageFailureException;
import dev.dossier.application.port.in.document.DownloadableContent;
import dev.dossier.application.port.in.document.RedeemDownloadLinkUseCase;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.token.DownloadToken;
import dev.dossier.domain.token.TokenNotRedeemableException;
import java.time.Instant;

/**
 * Use case: redeem a download link. The token is spent by one conditional update, so of any
 * number of concurrent redemptions, on any number of servers, exactly one gets the bytes. The
 * bytes are checked against the size and SHA-256 recorded at upload while they are read
 * ({@link VerifiedContent}): a file changed or damaged in storage is never served whole.
 */
public final class RedeemDownloadLinkService implements RedeemDownloadLinkUseCase {
    private static final int MAX_TOKEN_LENGTH = 200;
    private final DocumentRepository documents;
    private final DownloadTokenRepository tokens;
    private final DocumentContentStore store;
    private final TimeSource time;
    private final ConfidentialAudit audit;
    private final UnitOfWork tx;

    public RedeemDownloadLinkService(
            DocumentRepository documents,
            DownloadTokenRepository tokens,
            DocumentContentStore store,
            TimeSource time,
            ConfidentialAudit audit,
            UnitOfWork tx) {
        this.documents = documents;
        this.tokens = tokens;
        this.store = store;
        this.time = time;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public DownloadableContent redeem(String secret, String clientAddress) {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_TOKEN_LENGTH) {
            throw new NotFoundException("download link");
        }
        Instant now = time.now();
        Document document = tx.inTransaction(() -> {
            DownloadToken token = tokens.findBySecretHash(DownloadToken.hashOf(secret))
                    .orElseThrow(() -> new NotFoundException("download link"));
            Document found = documents
                    .findById(token.tenantId(), token.documentId())
                    .orElseThrow(() -> new NotFoundException("document"));
            DownloadToken redeemed;
            try {
                redeemed = token.redeem(now);
            } catch (TokenNotRedeemableException e) {
                throw new NotFoundException("download link");
            }
            if (!tokens.markRedeemed(redeemed)) {
                throw new NotFoundException("download link");
            }
            audit.recordAnonymous(found, AuditAction.LINK_REDEEMED, clientAddress);
            return found;
        });
        try {
            var file = document.file();
            return new DownloadableContent(
                    document, new VerifiedContent(store.open(file.storageKey()), file.size(), file.sha256()));
        } catch (ContentStoreException e) {
            throw new StorageFailureException("The file could not be read from storage.", e);
        }
    }
}
