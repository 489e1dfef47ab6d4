package dev.dossier.application.port.in.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * What checking a tenant's chain found: how many events were checked (up to and including the first
 * bad one), and the first event whose place or hash does not follow from the events before it.
 */
public record AuditTrailVerification(long eventsChecked, Optional<UUID> firstInvalidEventId) {
    public boolean valid() {
        return firstInvalidEventId.isEmpty();
    }
}
