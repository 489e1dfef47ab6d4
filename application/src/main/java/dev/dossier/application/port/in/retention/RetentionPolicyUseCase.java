package dev.dossier.application.port.in.retention;

import dev.dossier.domain.retention.RetentionPolicy;
import dev.dossier.domain.tenant.TenantId;

/** Use case (admin): read and set a tenant's retention; an unknown tenant is a {@code NotFoundException}. */
public interface RetentionPolicyUseCase {
    RetentionPolicy get(TenantId tenantId);

    RetentionPolicy set(TenantId tenantId, RetentionPolicy policy);
}
