package dev.dossier.adapters.rest.webhook;

import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.domain.webhook.WebhookDelivery;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One delivery of an event to an endpoint. */
@JsonbPropertyOrder({"id", "eventId", "eventType", "attempt", "status", "responseStatus", "nextAttemptAt", "createdAt"})
public record DeliveryJson(
        String id,
        String eventId,
        String eventType,
        int attempt,
        String status,
        Integer responseStatus,
        String nextAttemptAt,
        String createdAt) {

    public static DeliveryJson from(WebhookDelivery d) {
        return new DeliveryJson(
                d.id().toString(),
                d.eventId().wire(),
                d.eventType().wireName(),
                d.attempt(),
                d.status().wireName(),
                d.responseStatus(),
                d.status() == WebhookDelivery.Status.PENDING && d.nextAttemptAt() != null
                        ? Timestamps.utc(d.nextAttemptAt())
                        : null,
                Timestamps.utc(d.createdAt()));
    }
}
