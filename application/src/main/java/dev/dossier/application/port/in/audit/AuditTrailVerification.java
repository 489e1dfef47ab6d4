package dev.dossier.application.port.in.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * What checking a tenant's chain found: whether it is intact, how many events were checked (up to
 * and including the first bad one), and the first event whose place or hash does not follow from
 * the events before it — none when the chain is intact, or when only its newest events are missing.
 */
public record AuditTrailVerification(boolean valid, long eventsChecked, Optional<UUID> firstInvalidEventId) {
    public static AuditTrailVerification intact(long eventsChecked) {
        return new AuditTrailVerification(true, eventsChecked, Optional.empty());
    }

    public static AuditTrailVerification brokenAt(long eventsChecked, UUID firstInvalidEventId) {
        return new AuditTrailVerification(false, eventsChecked, Optional.of(firstInvalidEventId));
    }

    /** Every stored event follows from the ones before it, but the chain's head counts more. */
    public static AuditTrailVerification newestMissing(long eventsChecked) {
        return new AuditTrailVerification(false, eventsChecked, Optional.empty());
    }
}
