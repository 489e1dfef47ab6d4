package dev.dossier.application.port.in.webhook;

import dev.dossier.application.paging.CursorPage;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.webhook.WebhookDelivery;
import dev.dossier.domain.webhook.WebhookEndpoint;
import java.util.List;

/** Use case: a tenant's webhook endpoints and their deliveries (scope {@code webhooks}). */
public interface ManageWebhooksUseCase {
    /** The new endpoint with its secret, which is never shown again. */
    CreatedWebhook create(Caller caller, CreateWebhookCommand command);

    List<WebhookEndpoint> list(Caller caller);

    WebhookEndpoint get(Caller caller, String id);

    void delete(Caller caller, String id);

    CursorPage<WebhookDelivery> deliveries(Caller caller, String id, PageRequest page);

    /** Makes a delivery pending now; answers it as it is then. */
    WebhookDelivery retry(Caller caller, String id, String deliveryId);

    /** The body of a create request as received; {@code events} null when absent. */
    record CreateWebhookCommand(String url, List<String> events, String description) {}

    record CreatedWebhook(WebhookEndpoint endpoint, String secret) {}
}
