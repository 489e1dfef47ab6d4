package dev.dossier.application.port.out;

import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.util.Optional;

/** Port: the append-only audit trail (confidential documents, malware hits). Events are never changed or removed. */
public interface AuditEventRepository {
    void append(AuditEvent event);

    /** A tenant's events, optionally of one document, newest first ({@code occurred_at}, then id), by keyset. */
    KeysetSlice<AuditEvent> page(TenantId tenantId, Optional<DocumentId> documentId, KeysetRequest request);
}
