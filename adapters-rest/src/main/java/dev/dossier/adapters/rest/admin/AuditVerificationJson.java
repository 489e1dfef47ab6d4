package dev.dossier.adapters.rest.admin;

import dev.dossier.application.port.in.audit.AuditTrailVerification;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * What checking a tenant's chain found: {@code {"valid": true, "events_checked": N}}, or, when a row
 * was changed, removed or reordered, {@code valid} false and the first event that does not follow
 * from the ones before it (none when only the newest events were removed: the chain's head shows it).
 */
@JsonbPropertyOrder({"valid", "eventsChecked", "firstInvalidEventId"})
public record AuditVerificationJson(
        boolean valid,
        long eventsChecked,
        @JsonbNillable(false) String firstInvalidEventId) {
    static AuditVerificationJson from(AuditTrailVerification v) {
        return new AuditVerificationJson(
                v.valid(),
                v.eventsChecked(),
                v.firstInvalidEventId().map(Object::toString).orElse(null));
    }
}
