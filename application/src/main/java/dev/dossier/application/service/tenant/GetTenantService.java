package dev.dossier.application.service.tenant;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.tenant.GetTenantUseCase;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;

/** Use case (admin): one tenant. */
public final class GetTenantService implements GetTenantUseCase {
    private final TenantRepository tenants;
    private final UnitOfWork tx;

    public GetTenantService(TenantRepository tenants, UnitOfWork tx) {
        this.tenants = tenants;
        this.tx = tx;
    }

    @Override
    public Tenant get(TenantId id) {
        return tx.inTransaction(() -> tenants.findById(id)).orElseThrow(() -> new NotFoundException("tenant"));
    }
}
