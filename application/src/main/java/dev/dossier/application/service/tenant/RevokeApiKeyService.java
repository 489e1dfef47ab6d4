package dev.dossier.application.service.tenant;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.tenant.RevokeApiKeyUseCase;
import dev.dossier.application.port.out.ApiKeyRepository;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.auth.RecentApiKeys;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.TenantId;

/**
 * Use case (admin): revoke a key. This instance forgets the key at once; the others read its row
 * again within {@link RecentApiKeys#FRESHNESS} and refuse it from then on.
 */
public final class RevokeApiKeyService implements RevokeApiKeyUseCase {
    private final TenantRepository tenants;
    private final ApiKeyRepository keys;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final RecentApiKeys recent;

    public RevokeApiKeyService(
            TenantRepository tenants, ApiKeyRepository keys, TimeSource time, UnitOfWork tx, RecentApiKeys recent) {
        this.tenants = tenants;
        this.keys = keys;
        this.time = time;
        this.tx = tx;
        this.recent = recent;
    }

    @Override
    public void revoke(TenantId tenantId, ApiKeyId keyId) {
        tx.inTransaction(() -> {
            tenants.findById(tenantId).orElseThrow(() -> new NotFoundException("tenant"));
            keys.findById(tenantId, keyId).orElseThrow(() -> new NotFoundException("API key"));
            // conditional: a second revocation, here or on another instance, keeps the first time
            keys.revoke(tenantId, keyId, time.now());
        });
        recent.forget(keyId);
    }
}
