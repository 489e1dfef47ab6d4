package dev.dossier.adapters.rest.webhook;

import dev.dossier.adapters.rest.auth.Callers;
import dev.dossier.adapters.rest.json.CursorPageJson;
import dev.dossier.adapters.rest.json.JsonBody;
import dev.dossier.adapters.rest.json.JsonRequest;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.webhook.ManageWebhooksUseCase;
import dev.dossier.application.port.in.webhook.ManageWebhooksUseCase.CreateWebhookCommand;
import dev.dossier.application.port.in.webhook.ManageWebhooksUseCase.CreatedWebhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's webhook endpoints and their deliveries (scope {@code webhooks}). */
@Path("/api/v1/webhooks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {
    @Inject
    ManageWebhooksUseCase webhooks;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a webhook endpoint",
            description = "Scope webhooks. Body: {\"url\", \"events\": [\"document.created\", …] | [\"*\"],"
                    + " \"description\"}. Answers 201 with the endpoint and its signing secret (whsec_…),"
                    + " which is shown only here.")
    public Response create(JsonRequest request) {
        JsonBody json = JsonBody.parse(JsonRequest.textOf(request), Set.of("url", "events", "description"));
        String url = json.string("url");
        List<String> events = json.stringList("events");
        String description = json.string("description");
        json.errors().throwIfAny();
        CreatedWebhook created =
                webhooks.create(Callers.of(security), new CreateWebhookCommand(url, events, description));
        return Response.status(201)
                .entity(WebhookJson.from(created.endpoint(), created.secret()))
                .build();
    }

    @GET
    @Operation(summary = "List webhook endpoints", description = "Scope webhooks. Oldest first; no secrets.")
    public WebhookListedJson.ListJson list() {
        return new WebhookListedJson.ListJson(webhooks.list(Callers.of(security)).stream()
                .map(WebhookListedJson::from)
                .toList());
    }

    @GET
    @Path("{webhookId}/")
    @Operation(summary = "Get a webhook endpoint", description = "Scope webhooks; another tenant's is 404.")
    public WebhookListedJson get(@PathParam("webhookId") String webhookId) {
        return WebhookListedJson.from(webhooks.get(Callers.of(security), webhookId));
    }

    @DELETE
    @Path("{webhookId}/")
    @Operation(summary = "Delete a webhook endpoint", description = "Scope webhooks; its deliveries go with it. 204.")
    public Response delete(@PathParam("webhookId") String webhookId) {
        webhooks.delete(Callers.of(security), webhookId);
        return Response.noContent().build();
    }

    @GET
    @Path("{webhookId}/deliveries/")
    @Operation(
            summary = "List an endpoint's deliveries",
            description = "Scope webhooks. Cursor page, newest first: after/before cursors, page_size (default 50,"
                    + " at most 100).")
    public CursorPageJson<DeliveryJson> deliveries(
            @PathParam("webhookId") String webhookId,
            @QueryParam("after") String after,
            @QueryParam("before") String before,
            @QueryParam("page_size") String pageSize) {
        PageRequest page = PageRequest.parse(after, before, pageSize);
        return CursorPageJson.from(webhooks.deliveries(Callers.of(security), webhookId, page), DeliveryJson::from);
    }

    @POST
    @Path("{webhookId}/deliveries/{deliveryId}/retry/")
    @Operation(
            summary = "Retry a delivery",
            description = "Scope webhooks. Makes a failed or succeeded delivery pending now; answers the delivery.")
    public DeliveryJson retry(@PathParam("webhookId") String webhookId, @PathParam("deliveryId") String deliveryId) {
        return DeliveryJson.from(webhooks.retry(Callers.of(security), webhookId, deliveryId));
    }
}
