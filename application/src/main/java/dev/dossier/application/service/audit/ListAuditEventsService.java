package dev.dossier.application.service.audit;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.paging.CursorPage;
import dev.dossier.application.paging.CursorPager;
import dev.dossier.application.paging.CursorScope;
import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.port.in.audit.ListAuditEventsQuery;
import dev.dossier.application.port.in.audit.ListAuditEventsUseCase;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.audit.ChainedAuditEvent;

/** Use case (admin): read a tenant's audit trail, newest first, by keyset cursor. */
public final class ListAuditEventsService implements ListAuditEventsUseCase {
    private final TenantRepository tenants;
    private final AuditEventRepository events;
    private final CursorPager pager;
    private final UnitOfWork tx;

    public ListAuditEventsService(
            TenantRepository tenants, AuditEventRepository events, CursorPager pager, UnitOfWork tx) {
        this.tenants = tenants;
        this.events = events;
        this.pager = pager;
        this.tx = tx;
    }

    @Override
    public CursorPage<ChainedAuditEvent> list(ListAuditEventsQuery q) {
        // a cursor belongs to one tenant's trail with one document filter
        CursorScope scope = CursorScope.of("audit-events", q.tenantId(), q.documentId());
        KeysetRequest keyset = pager.keyset(q.page(), scope);
        return tx.inTransaction(() -> {
            tenants.findById(q.tenantId()).orElseThrow(() -> new NotFoundException("tenant"));
            return pager.page(
                    keyset,
                    events.page(q.tenantId(), q.documentId(), keyset),
                    scope,
                    e -> new KeysetPosition(e.event().occurredAt(), e.event().id()));
        });
    }
}
