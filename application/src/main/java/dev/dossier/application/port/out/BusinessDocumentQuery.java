package dev.dossier.application.port.out;

import dev.dossier.domain.document.BusinessType;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which business documents a listing selects and which page of them: one entity of one tenant,
 * optionally one business type and one status as read on {@code today} ({@code expired} is
 * verified with an expiry date before today; {@code verified} excludes those), newest first.
 */
public record BusinessDocumentQuery(
        TenantId tenantId,
        EntityId businessId,
        Optional<BusinessType> type,
        Optional<VerificationStatus> status,
        LocalDate today,
        int offset,
        int limit) {
    public BusinessDocumentQuery {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(today, "today");
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    /** The same selection with another page. */
    public BusinessDocumentQuery withPage(int newOffset, int newLimit) {
        return new BusinessDocumentQuery(tenantId, businessId, type, status, today, newOffset, newLimit);
    }
}
