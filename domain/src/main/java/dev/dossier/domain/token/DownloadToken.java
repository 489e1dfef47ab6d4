package dev.dossier.domain.token;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.shared.Sha256;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use, short-lived download link. Only the hash of its secret is kept; it opens one
 * document once, before it expires. The repository makes {@link #redeem} atomic.
 */
public record DownloadToken(
        String secretHash,
        TenantId tenantId,
        DocumentId documentId,
        Instant issuedAt,
        Instant expiresAt,
        Instant redeemedAt) {
    public static final Duration LIFETIME = Duration.ofMinutes(15);

    public DownloadToken {
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a token expires after it is issued");
        }
    }

    public static DownloadToken issue(String secret, TenantId tenantId, DocumentId documentId, Instant now) {
        return new DownloadToken(hashOf(secret), tenantId, documentId, now, now.plus(LIFETIME), null);
    }

    public static String hashOf(String secret) {
        return Sha256.hexOf(secret);
    }

    public boolean isRedeemableAt(Instant now) {
        return redeemedAt == null && now.isBefore(expiresAt);
    }

    /** The token as used at {@code now}; throws if it was used already or has expired. */
    public DownloadToken redeem(Instant now) {
        if (!isRedeemableAt(now)) {
            throw new TokenNotRedeemableException();
        }
        return new DownloadToken(secretHash, tenantId, documentId, issuedAt, expiresAt, now);
    }
}
