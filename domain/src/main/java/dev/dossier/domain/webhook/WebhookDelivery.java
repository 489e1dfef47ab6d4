package dev.dossier.domain.webhook;

import dev.dossier.domain.event.EventId;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One event's delivery to one endpoint: how many attempts were made and how it stands. */
public record WebhookDelivery(
        UUID id,
        TenantId tenantId,
        UUID endpointId,
        EventId eventId,
        EventType eventType,
        int attempt,
        Status status,
        Integer responseStatus,
        Instant nextAttemptAt,
        Instant createdAt) {

    public enum Status {
        PENDING,
        SUCCEEDED,
        FAILED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status fromWireName(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
