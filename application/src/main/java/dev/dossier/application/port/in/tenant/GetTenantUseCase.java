package dev.dossier.application.port.in.tenant;

import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;

/** Use case (admin): one tenant. */
public interface GetTenantUseCase {
    /** @throws dev.dossier.application.error.NotFoundException when it does not exist */
    Tenant get(TenantId id);
}
