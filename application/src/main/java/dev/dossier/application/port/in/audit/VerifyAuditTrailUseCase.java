package dev.dossier.application.port.in.audit;

import dev.dossier.domain.tenant.TenantId;

/** Use case (admin): check a tenant's audit trail against its hash chain. */
public interface VerifyAuditTrailUseCase {
    /** @throws dev.dossier.application.error.NotFoundException when the tenant does not exist */
    AuditTrailVerification verify(TenantId tenantId);
}
