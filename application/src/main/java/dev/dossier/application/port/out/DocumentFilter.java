package dev.dossier.application.port.out;

import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.tenant.TenantId;
import java.util.Objects;
import java.util.Optional;

/** Which documents a listing selects: one owner of one tenant, optionally one type label (case-insensitive). */
public record DocumentFilter(TenantId tenantId, DocumentOwner owner, Optional<String> documentType) {
    public DocumentFilter {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(documentType, "documentType");
    }
}
