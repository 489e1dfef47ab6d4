package dev.dossier.application.port.in.audit;

import dev.dossier.application.paging.CursorPage;
import dev.dossier.domain.audit.ChainedAuditEvent;

/** Use case (admin): a tenant's audit trail, with each event's place and hash in its chain, newest first, by cursor. */
public interface ListAuditEventsUseCase {
    /** @throws dev.dossier.application.error.NotFoundException when the tenant does not exist */
    CursorPage<ChainedAuditEvent> list(ListAuditEventsQuery query);
}
