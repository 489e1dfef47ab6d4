package dev.dossier.application.port.in.tenant;

import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;

/** Use case (admin): a tenant's API keys, revoked and expired ones included, newest first. */
public interface ListApiKeysUseCase {
    /** @throws dev.dossier.application.error.NotFoundException when the tenant does not exist */
    List<ApiKey> list(TenantId tenantId);
}
