package dev.dossier.application.port.in.business;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.document.BusinessType;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.entity.EntityId;
import java.util.Objects;
import java.util.Optional;

/**
 * Input of {@link ListBusinessDocumentsUseCase}: whose documents, the filters and the page (limit 1–100, offset ≥ 0).
 */
public record ListBusinessDocumentsQuery(
        Caller caller,
        EntityId businessId,
        Optional<BusinessType> type,
        Optional<VerificationStatus> status,
        int limit,
        int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public ListBusinessDocumentsQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 1.." + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }
}
