package dev.dossier.application.port.in.audit;

import dev.dossier.application.paging.PageRequest;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.util.Objects;
import java.util.Optional;

/** Input of {@link ListAuditEventsUseCase}: whose trail, optionally one document's, and which page. */
public record ListAuditEventsQuery(TenantId tenantId, Optional<DocumentId> documentId, PageRequest page) {
    public ListAuditEventsQuery {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(page, "page");
    }
}
