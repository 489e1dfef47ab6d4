package dev.dossier.application.service.document;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.StorageFailureException;
import dev.dossier.application.port.in.document.DownloadableContent;
import dev.dossier.application.port.in.document.RedeemDownloadLinkUseCase;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.application.port.out.KeyUnavailableException;
import dev.dossier.application.port.out.OperationsMeter;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.crypto.DocumentSealing;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.StoredFile;
import dev.dossier.domain.token.DownloadToken;
import java.io.IOException;
import java.io.InputStream;
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
    private final DocumentSealing sealing;
    private final TimeSource time;
    private final DocumentAudit audit;
    private final UnitOfWork tx;
    private final OperationsMeter meter;

    public RedeemDownloadLinkService(
            DocumentRepository documents,
            DownloadTokenRepository tokens,
            DocumentContentStore store,
            DocumentSealing sealing,
            TimeSource time,
            DocumentAudit audit,
            UnitOfWork tx,
            OperationsMeter meter) {
        this.documents = documents;
        this.tokens = tokens;
        this.store = store;
        this.sealing = sealing;
        this.time = time;
        this.audit = audit;
        this.tx = tx;
        this.meter = meter;
    }

    @Override
    public DownloadableContent redeem(String secret, String clientAddress) {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_TOKEN_LENGTH) {
            throw new NotFoundException("download link");
        }
        Instant now = time.now();
        String secretHash = DownloadToken.hashOf(secret);
        Document document = tx.inTransaction(() -> {
            DownloadToken token = redeemable(secretHash, now);
            return documents
                    .findById(token.tenantId(), token.documentId())
                    .orElseThrow(() -> new NotFoundException("document"));
        });
        // the link is spent only once its bytes can be served: storage that cannot open them
        // answers a storage failure and leaves the link as it was
        InputStream plaintext = openStored(document);
        try {
            tx.inTransaction(() -> {
                if (!tokens.markRedeemed(redeemable(secretHash, now).redeem(now))) {
                    throw new NotFoundException("download link");
                }
                audit.recordAnonymousAccess(document, AuditAction.LINK_REDEEMED, clientAddress);
            });
        } catch (RuntimeException e) {
            closeQuietly(plaintext, e);
            throw e;
        }
        meter.linkRedeemed();
        StoredFile file = document.file();
        return new DownloadableContent(document, new VerifiedContent(plaintext, file.size(), file.sha256(), meter));
    }

    private DownloadToken redeemable(String secretHash, Instant now) {
        DownloadToken token =
                tokens.findBySecretHash(secretHash).orElseThrow(() -> new NotFoundException("download link"));
        if (!token.isRedeemableAt(now)) {
            throw new NotFoundException("download link");
        }
        return token;
    }

    private InputStream openStored(Document document) {
        try {
            return sealing.open(document, store.open(document.file().storageKey()));
        } catch (ContentStoreException | KeyUnavailableException e) {
            throw new StorageFailureException("The file could not be read from storage.", e);
        }
    }

    private static void closeQuietly(InputStream in, RuntimeException failure) {
        try {
            in.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
