package dev.dossier.application.service.retention;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.retention.RetentionPolicyUseCase;
import dev.dossier.application.port.out.RetentionRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.retention.RetentionPolicy;
import dev.dossier.domain.tenant.TenantId;

/** Use case (admin): a tenant's retention policy. */
public final class RetentionPolicyService implements RetentionPolicyUseCase {
    private final RetentionRepository retention;
    private final UnitOfWork tx;

    public RetentionPolicyService(RetentionRepository retention, UnitOfWork tx) {
        this.retention = retention;
        this.tx = tx;
    }

    @Override
    public RetentionPolicy get(TenantId tenantId) {
        return tx.inTransaction(() -> retention.find(tenantId).orElseThrow(() -> new NotFoundException("tenant")));
    }

    @Override
    public RetentionPolicy set(TenantId tenantId, RetentionPolicy policy) {
        return tx.inTransaction(() -> {
            if (!retention.set(tenantId, policy)) {
                throw new NotFoundException("tenant");
            }
            return policy;
        });
    }
}
