package dev.dossier.application.port.out;

import dev.dossier.domain.audit.AuditEvent;

/** Port: the append-only audit trail of confidential documents. Events are never changed or removed. */
public interface AuditEventRepository {
    void append(AuditEvent event);
}
