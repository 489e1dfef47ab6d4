package dev.dossier.application.port.in.tenant;

import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.TenantId;

/** Use case (admin): revoke one of a tenant's API keys; revoking a revoked key again changes nothing. */
public interface RevokeApiKeyUseCase {
    /** @throws dev.dossier.application.error.NotFoundException for an unknown tenant, or a key not of it */
    void revoke(TenantId tenantId, ApiKeyId keyId);
}
