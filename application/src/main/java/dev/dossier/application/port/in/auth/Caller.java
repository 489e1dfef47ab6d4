package dev.dossier.application.port.in.auth;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the tenant and key behind an authenticated request, and the network address
 * it came from (for the audit trail; null where the driving adapter has none).
 */
public record Caller(TenantId tenantId, ApiKeyId keyId, String email, Set<Scope> scopes, String clientAddress) {
    public Caller {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(email, "email");
        scopes = Set.copyOf(scopes);
    }

    public Caller(TenantId tenantId, ApiKeyId keyId, String email, Set<Scope> scopes) {
        this(tenantId, keyId, email, scopes, null);
    }

    public static Caller of(ApiKey key) {
        return new Caller(key.tenantId(), key.id(), key.email(), key.scopes());
    }

    public Caller from(String address) {
        return new Caller(tenantId, keyId, email, scopes, address);
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }

    public void require(Scope scope) {
        if (!has(scope)) {
            throw new ForbiddenException(scope);
        }
    }
}
