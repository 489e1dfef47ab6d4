package dev.dossier.application.service.tenant;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.tenant.ListApiKeysUseCase;
import dev.dossier.application.port.out.ApiKeyRepository;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;

/** Use case (admin): a tenant's API keys, newest first. */
public final class ListApiKeysService implements ListApiKeysUseCase {
    private final TenantRepository tenants;
    private final ApiKeyRepository keys;
    private final UnitOfWork tx;

    public ListApiKeysService(TenantRepository tenants, ApiKeyRepository keys, UnitOfWork tx) {
        this.tenants = tenants;
        this.keys = keys;
        this.tx = tx;
    }

    @Override
    public List<ApiKey> list(TenantId tenantId) {
        return tx.inTransaction(() -> {
            tenants.findById(tenantId).orElseThrow(() -> new NotFoundException("tenant"));
            return keys.findByTenant(tenantId);
        });
    }
}
