package dev.dossier.application.service.audit;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.audit.AuditTrailVerification;
import dev.dossier.application.port.in.audit.VerifyAuditTrailUseCase;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.audit.AuditChain;
import dev.dossier.domain.audit.ChainedAuditEvent;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Use case (admin): walks a tenant's chain in order, a batch per short transaction (never the whole
 * trail in memory), recomputing each hash from the event's content and the hash before it. A changed
 * event fails its own hash; a removed one leaves a gap in the sequence; reordered ones fail theirs.
 */
public final class VerifyAuditTrailService implements VerifyAuditTrailUseCase {
    static final int BATCH = 500;

    private final TenantRepository tenants;
    private final AuditEventRepository events;
    private final UnitOfWork tx;

    public VerifyAuditTrailService(TenantRepository tenants, AuditEventRepository events, UnitOfWork tx) {
        this.tenants = tenants;
        this.events = events;
        this.tx = tx;
    }

    @Override
    public AuditTrailVerification verify(TenantId tenantId) {
        tx.inTransaction(() -> tenants.findById(tenantId).orElseThrow(() -> new NotFoundException("tenant")));
        String previousHash = AuditChain.GENESIS;
        long checked = 0;
        while (true) {
            long after = checked;
            List<ChainedAuditEvent> batch = tx.inTransaction(() -> events.chainAfter(tenantId, after, BATCH));
            for (ChainedAuditEvent e : batch) {
                checked++;
                if (!e.follows(previousHash, checked)) {
                    return new AuditTrailVerification(
                            checked, Optional.of(e.event().id()));
                }
                previousHash = e.hash();
            }
            if (batch.size() < BATCH) {
                return new AuditTrailVerification(checked, Optional.empty());
            }
        }
    }
}
