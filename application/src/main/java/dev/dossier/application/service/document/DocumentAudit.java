package dev.dossier.application.service.document;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.Document;

/**
 * Writes the documents' audit trail: every change of every document (upload, delete, verify,
 * reject), and the accesses (read, link issued, link redeemed) of confidential ones. Call it inside
 * the use case's transaction, so that a change and its record commit together or not at all.
 */
public final class DocumentAudit {
    private final AuditEventRepository events;
    private final TimeSource time;

    public DocumentAudit(AuditEventRepository events, TimeSource time) {
        this.events = events;
        this.time = time;
    }

    /** Records a change ({@code action}) of any document by {@code caller}. */
    public void record(Document document, AuditAction action, Caller caller) {
        events.append(AuditEvent.record(
                document.tenantId(),
                document.id(),
                action,
                caller.keyId(),
                caller.email(),
                caller.clientAddress(),
                time.now()));
    }

    /**
     * Records a change Dossier makes later on behalf of someone (a direct upload's promotion, for
     * the email that asked for the upload), with no key or address of a request.
     */
    public void recordOnBehalfOf(Document document, AuditAction action, String actorEmail) {
        events.append(
                AuditEvent.record(document.tenantId(), document.id(), action, null, actorEmail, null, time.now()));
    }

    /** Whether an access to the document leaves an audit event: only a confidential document's does. */
    public boolean auditsAccessTo(Document document) {
        return document.isConfidential();
    }

    /** Records an access by {@code caller} if {@link #auditsAccessTo} the document. */
    public void recordAccess(Document document, AuditAction action, Caller caller) {
        if (auditsAccessTo(document)) {
            record(document, action, caller);
        }
    }

    /** Records an access without credentials (a download link's redemption) from {@code clientAddress}. */
    public void recordAnonymousAccess(Document document, AuditAction action, String clientAddress) {
        if (auditsAccessTo(document)) {
            events.append(AuditEvent.record(
                    document.tenantId(), document.id(), action, null, null, clientAddress, time.now()));
        }
    }
}
