package dev.dossier.application.port.in.tenant;

import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Input of {@link IssueApiKeyUseCase}; an empty scope set means the default scope, a null
 * {@code expiresAt} a key that does not expire.
 */
public record IssueApiKeyCommand(TenantId tenantId, String email, Set<Scope> scopes, Instant expiresAt) {
    public IssueApiKeyCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    public IssueApiKeyCommand(TenantId tenantId, String email, Set<Scope> scopes) {
        this(tenantId, email, scopes, null);
    }
}
