package dev.dossier.application.port.in.auth;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.util.Objects;
import java.util.Set;

/** Who is calling: the tenant and key behind an authenticated request. */
public record Caller(TenantId tenantId, ApiKeyId keyId, String email, Set<Scope> scopes) {
    public Caller {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(email, "email");
        scopes = Set.copyOf(scopes);
    }

    public static Caller of(ApiKey key) {
        return new Caller(key.tenantId(), key.id(), key.email(), key.scopes());
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
