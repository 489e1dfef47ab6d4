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
 * bits, so a fast digest is enough and lets authentication be one indexed lookup.
 */
public record ApiKey(
        ApiKeyId id, TenantId tenantId, String email, Set<Scope> scopes, String secretHash, Instant createdAt) {
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

    /** Issues a key for {@code secret}; an empty scope set means the default, {@code documents}. */
    public static ApiKey issue(TenantId tenantId, String email, Set<Scope> scopes, String secret, Instant now) {
        String checkedEmail = Text.required("email", email, MAX_EMAIL_LENGTH);
        if (!EMAIL.matcher(checkedEmail).matches()) {
            throw new InvalidValueException("email", "Enter a valid email address.");
        }
        Set<Scope> effective = scopes == null || scopes.isEmpty() ? EnumSet.of(Scope.DOCUMENTS) : scopes;
        return new ApiKey(ApiKeyId.generate(), tenantId, checkedEmail, effective, hashOf(secret), now);
    }

    public static String hashOf(String secret) {
        return Sha256.hexOf(secret);
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
