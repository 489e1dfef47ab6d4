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

/**
 * Use case (admin): walks a tenant's chain in order, a batch per short transaction (never the whole
 * trail in memory), recomputing each hash from the event's content and the hash before it. A changed
 * event fails its own hash; a removed one leaves a gap in the sequence; reordered ones fail theirs;
 * removed newest events leave the chain shorter than its head, read before the walk, counts.
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
        long appended = tx.inTransaction(() -> {
            tenants.findById(tenantId).orElseThrow(() -> new NotFoundException("tenant"));
            return events.chainLength(tenantId);
        });
        String previousHash = AuditChain.GENESIS;
        long checked = 0;
        while (true) {
            long after = checked;
            List<ChainedAuditEvent> batch = tx.inTransaction(() -> events.chainAfter(tenantId, after, BATCH));
            for (ChainedAuditEvent e : batch) {
                checked++;
                if (!e.follows(previousHash, checked)) {
                    return AuditTrailVerification.brokenAt(checked, e.event().id());
                }
                previousHash = e.hash();
            }
            if (batch.size() < BATCH) {
                // events appended during the walk only make it longer than the head read before it
                return checked < appended
                        ? AuditTrailVerification.newestMissing(checked)
                        : AuditTrailVerification.intact(checked);
            }
        }
    }
}
