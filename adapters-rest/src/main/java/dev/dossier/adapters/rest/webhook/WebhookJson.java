package dev.dossier.adapters.rest.webhook;

import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.webhook.WebhookEndpoint;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A webhook endpoint as the API answers it; {@code secret} only in the answer to the create. */
@JsonbPropertyOrder({"id", "url", "events", "description", "status", "secret", "createdAt"})
public record WebhookJson(
        String id,
        String url,
        List<String> events,
        String description,
        String status,
        String secret,
        String createdAt) {

    public static WebhookJson from(WebhookEndpoint e, String secret) {
        List<String> events = e.allEvents()
                ? List.of("*")
                : e.events().stream().map(EventType::wireName).sorted().toList();
        return new WebhookJson(
                e.id().toString(),
                e.url().toString(),
                events,
                e.description(),
                e.status().wireName(),
                secret,
                Timestamps.utc(e.createdAt()));
    }
}
