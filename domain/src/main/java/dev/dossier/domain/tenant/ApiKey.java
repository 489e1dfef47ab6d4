package dev.dossier.domain.tenant;

import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.shared.Sha256;
import dev.dossier.domain.shared.Text;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tenant's API key. Only the SHA-256 of the secret is kept: the secret carries 256 random
 * bits, so a fast digest is enough and lets authentication be one indexed lookup. A key may end at
 * {@code expiresAt} and can be revoked ({@code revokedAt}); {@code lastUsedAt} is kept to the minute.
 * The three are null when they have not happened (or, for {@code expiresAt}, never will).
 */
public record ApiKey(
        ApiKeyId id,
        TenantId tenantId,
        String email,
        Set<Scope> scopes,
        String secretHash,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {
    public static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(createdAt, "createdAt");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** A key that neither expires nor has been revoked or used. */
    public ApiKey(
            ApiKeyId id, TenantId tenantId, String email, Set<Scope> scopes, String secretHash, Instant createdAt) {
        this(id, tenantId, email, scopes, secretHash, createdAt, null, null, null);
    }

    /** Issues a key for {@code secret}; an empty scope set means the default, {@code documents}. */
    public static ApiKey issue(TenantId tenantId, String email, Set<Scope> scopes, String secret, Instant now) {
        return issue(tenantId, email, scopes, secret, now, null);
    }

    /**
     * Issues a key that stops working at {@code expiresAt} (null: never).
     *
     * @throws InvalidValueException on {@code expires_at} when it is not after {@code now}
     */
    public static ApiKey issue(
            TenantId tenantId, String email, Set<Scope> scopes, String secret, Instant now, Instant expiresAt) {
        String checkedEmail = Text.required("email", email, MAX_EMAIL_LENGTH);
        if (!EMAIL.matcher(checkedEmail).matches()) {
            throw new InvalidValueException("email", "Enter a valid email address.");
        }
        Set<Scope> effective = scopes == null || scopes.isEmpty() ? EnumSet.of(Scope.DOCUMENTS) : scopes;
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidValueException("expires_at", "Must be in the future.");
        }
        return new ApiKey(
                ApiKeyId.generate(), tenantId, checkedEmail, effective, hashOf(secret), now, expiresAt, null, null);
    }

    public static String hashOf(String secret) {
        return Sha256.hexOf(secret);
    }

    /** Whether the key may authenticate a request at {@code now}: not revoked, not expired. */
    public boolean isValidAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** This key revoked at {@code now}; a key revoked before keeps its first {@code revokedAt}. */
    public ApiKey revoke(Instant now) {
        Objects.requireNonNull(now, "now");
        return revokedAt != null
                ? this
                : new ApiKey(id, tenantId, email, scopes, secretHash, createdAt, expiresAt, now, lastUsedAt);
    }

    /** This key with its last use noted at {@code now}. */
    public ApiKey usedAt(Instant now) {
        Objects.requireNonNull(now, "now");
        return new ApiKey(id, tenantId, email, scopes, secretHash, createdAt, expiresAt, revokedAt, now);
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
