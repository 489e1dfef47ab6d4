package dev.dossier.application.service.document;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.Document;

/**
 * Writes the audit trail of confidential documents. Call it inside the use case's transaction,
 * so that an access and its record commit together or not at all.
 */
public final class ConfidentialAudit {
    private final AuditEventRepository events;
    private final TimeSource time;

    public ConfidentialAudit(AuditEventRepository events, TimeSource time) {
        this.events = events;
        this.time = time;
    }

    /** Records {@code action} by {@code caller} if the document is confidential. */
    public void record(Document document, AuditAction action, Caller caller) {
        if (document.isConfidential()) {
            events.append(AuditEvent.record(
                    document.tenantId(),
                    document.id(),
                    action,
                    caller.keyId(),
                    caller.email(),
                    caller.clientAddress(),
                    time.now()));
        }
    }

    /** Records an access without credentials (a download link's redemption) from {@code clientAddress}. */
    public void recordAnonymous(Document document, AuditAction action, String clientAddress) {
        if (document.isConfidential()) {
            events.append(AuditEvent.record(
                    document.tenantId(), document.id(), action, null, null, clientAddress, time.now()));
        }
    }
}
