package dev.dossier.domain.document;

import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One change of a document's review status: from what, to what, by whom, when and (for a rejection) why. */
public record ReviewEvent(
        UUID id,
        TenantId tenantId,
        DocumentId documentId,
        VerificationStatus from,
        VerificationStatus to,
        String actor,
        String reason,
        Instant occurredAt) {
    public ReviewEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (from == VerificationStatus.EXPIRED || to == VerificationStatus.EXPIRED) {
            throw new IllegalArgumentException("expired is derived, never a recorded status");
        }
    }
}
