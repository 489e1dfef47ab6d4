package dev.dossier.adapters.rest.webhook;

import dev.dossier.domain.webhook.WebhookEndpoint;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A webhook endpoint in reads and lists: everything but the secret. */
@JsonbPropertyOrder({"id", "url", "events", "description", "status", "createdAt"})
public record WebhookListedJson(
        String id, String url, List<String> events, String description, String status, String createdAt) {

    public static WebhookListedJson from(WebhookEndpoint e) {
        WebhookJson full = WebhookJson.from(e, null);
        return new WebhookListedJson(
                full.id(), full.url(), full.events(), full.description(), full.status(), full.createdAt());
    }

    /** {@code {"results": [...]}}. */
    public record ListJson(List<WebhookListedJson> results) {}
}
