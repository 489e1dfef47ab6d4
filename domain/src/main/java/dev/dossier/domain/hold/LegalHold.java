package dev.dossier.domain.hold;

import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/** A legal hold: while it stands, its target cannot be deleted, erased or expired. */
public record LegalHold(TenantId tenantId, HoldTarget target, String reason, Instant placedAt, String placedBy) {
    public static final int MAX_REASON_LENGTH = 1000;

    public LegalHold {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(placedBy, "placedBy");
        reason = validReason(reason);
    }

    /** The reason as given, trimmed; required and at most {@value #MAX_REASON_LENGTH} characters. */
    public static String validReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "This field is required.");
        }
        String trimmed = reason.strip();
        if (trimmed.length() > MAX_REASON_LENGTH) {
            throw new InvalidValueException(
                    "reason", "Ensure this field has no more than " + MAX_REASON_LENGTH + " characters.");
        }
        return trimmed;
    }
}
