package dev.dossier.application.port.in.tenant;

import dev.dossier.domain.tenant.Tenant;

/** Use case (admin): create a tenant. */
public interface CreateTenantUseCase {
    Tenant create(CreateTenantCommand command);
}
