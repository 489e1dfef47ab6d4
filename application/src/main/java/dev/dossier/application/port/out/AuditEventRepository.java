package dev.dossier.application.port.out;

import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.audit.ChainedAuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Port: the append-only audit trail of every document's changes, confidential documents' accesses,
 * malware hits, holds and erasures. Events are never changed or removed.
 */
public interface AuditEventRepository {
    /**
     * Chains {@code event} as the next of its tenant ({@link ChainedAuditEvent#chain}) and stores it,
     * in the caller's transaction, serialized with every other append of that tenant, whichever
     * server instance makes it, until that transaction ends.
     */
    void append(AuditEvent event);

    /** A tenant's events, optionally of one document, newest first ({@code occurred_at}, then id), by keyset. */
    KeysetSlice<ChainedAuditEvent> page(TenantId tenantId, Optional<DocumentId> documentId, KeysetRequest request);

    /** Up to {@code limit} of a tenant's events in chain order, those after {@code afterSequence}. */
    List<ChainedAuditEvent> chainAfter(TenantId tenantId, long afterSequence, int limit);

    /** How many events the tenant's chain head counts as appended (0 before its first). */
    long chainLength(TenantId tenantId);
}
