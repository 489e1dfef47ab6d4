package dev.dossier.application.port.in.tenant;

import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.util.Objects;
import java.util.Set;

/** Input of {@link IssueApiKeyUseCase}; an empty scope set means the default scope. */
public record IssueApiKeyCommand(TenantId tenantId, String email, Set<Scope> scopes) {
    public IssueApiKeyCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }
}
