package dev.dossier.application.port.in.audit;

import dev.dossier.application.paging.CursorPage;
import dev.dossier.domain.audit.AuditEvent;

/** Use case (admin): a tenant's audit trail (confidential documents, malware hits), newest first, by cursor. */
public interface ListAuditEventsUseCase {
    /** @throws dev.dossier.application.error.NotFoundException when the tenant does not exist */
    CursorPage<AuditEvent> list(ListAuditEventsQuery query);
}
