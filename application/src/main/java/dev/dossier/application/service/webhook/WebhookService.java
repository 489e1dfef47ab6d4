package dev.dossier.application.service.webhook;

import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.paging.CursorPage;
import dev.dossier.application.paging.CursorPager;
import dev.dossier.application.paging.CursorScope;
import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.webhook.ManageWebhooksUseCase;
import dev.dossier.application.port.out.KeyWrapping;
import dev.dossier.application.port.out.SecretGenerator;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.port.out.WebhookDeliveries;
import dev.dossier.application.port.out.WebhookEndpointRepository;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.webhook.WebhookDelivery;
import dev.dossier.domain.webhook.WebhookEndpoint;
import dev.dossier.domain.webhook.WebhookSignature;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Use case: a tenant's webhook endpoints. The signing secret is shown once, in the answer to the
 * create; it is stored only wrapped by the master key. Another tenant's endpoint is not found.
 */
public final class WebhookService implements ManageWebhooksUseCase {
    static final int MAX_URL = 2048;
    static final int MAX_DESCRIPTION = 500;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookTargets targets;
    private final KeyWrapping keys;
    private final SecretGenerator secrets;
    private final CursorPager pager;
    private final TimeSource time;
    private final UnitOfWork tx;

    public WebhookService(
            WebhookEndpointRepository endpoints,
            WebhookDeliveries deliveries,
            WebhookTargets targets,
            KeyWrapping keys,
            SecretGenerator secrets,
            CursorPager pager,
            TimeSource time,
            UnitOfWork tx) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.targets = targets;
        this.keys = keys;
        this.secrets = secrets;
        this.pager = pager;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public CreatedWebhook create(Caller caller, CreateWebhookCommand command) {
        caller.require(Scope.WEBHOOKS);
        FieldErrors errors = new FieldErrors();
        URI url = parseUrl(command.url(), errors);
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        boolean all = parseEvents(command.events(), types, errors);
        String description =
                command.description() == null ? null : command.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add("description", "Ensure this field has no more than " + MAX_DESCRIPTION + " characters.");
        }
        errors.throwIfAny();

        UUID id = UUID.randomUUID();
        byte[] key = secrets.randomBytes(WebhookSignature.SECRET_BYTES);
        String secret = WebhookSignature.secretOf(key);
        WebhookEndpoint endpoint = new WebhookEndpoint(
                id,
                caller.tenantId(),
                url,
                all,
                types,
                description == null || description.isEmpty() ? null : description,
                WebhookEndpoint.Status.ENABLED,
                keys.wrap(
                        secret.getBytes(StandardCharsets.US_ASCII),
                        WebhookEndpoint.secretContext(caller.tenantId(), id)),
                time.now());
        tx.inTransaction(() -> endpoints.save(endpoint));
        return new CreatedWebhook(endpoint, secret);
    }

    @Override
    public List<WebhookEndpoint> list(Caller caller) {
        caller.require(Scope.WEBHOOKS);
        return endpoints.list(caller.tenantId());
    }

    @Override
    public WebhookEndpoint get(Caller caller, String id) {
        caller.require(Scope.WEBHOOKS);
        return find(caller, id);
    }

    @Override
    public void delete(Caller caller, String id) {
        caller.require(Scope.WEBHOOKS);
        UUID endpointId = parseId(id).orElseThrow(() -> new NotFoundException("webhook"));
        if (!tx.inTransaction(() -> endpoints.delete(caller.tenantId(), endpointId))) {
            throw new NotFoundException("webhook");
        }
    }

    @Override
    public CursorPage<WebhookDelivery> deliveries(Caller caller, String id, PageRequest page) {
        caller.require(Scope.WEBHOOKS);
        WebhookEndpoint endpoint = find(caller, id);
        return pager.list(
                page,
                CursorScope.of("webhook-deliveries", caller.tenantId().value(), endpoint.id()),
                request -> deliveries.page(caller.tenantId(), endpoint.id(), request),
                d -> new KeysetPosition(d.createdAt(), d.id()));
    }

    @Override
    public WebhookDelivery retry(Caller caller, String id, String deliveryId) {
        caller.require(Scope.WEBHOOKS);
        WebhookEndpoint endpoint = find(caller, id);
        UUID delivery = parseId(deliveryId).orElseThrow(() -> new NotFoundException("delivery"));
        return tx.inTransaction(() -> {
            deliveries
                    .find(caller.tenantId(), endpoint.id(), delivery)
                    .orElseThrow(() -> new NotFoundException("delivery"));
            deliveries.retryNow(caller.tenantId(), delivery, time.now());
            return deliveries
                    .find(caller.tenantId(), endpoint.id(), delivery)
                    .orElseThrow(() -> new NotFoundException("delivery"));
        });
    }

    private WebhookEndpoint find(Caller caller, String id) {
        return parseId(id)
                .flatMap(uuid -> endpoints.findById(caller.tenantId(), uuid))
                .orElseThrow(() -> new NotFoundException("webhook"));
    }

    private static Optional<UUID> parseId(String raw) {
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private URI parseUrl(String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            errors.add("url", "This field is required.");
            return null;
        }
        if (raw.length() > MAX_URL) {
            errors.add("url", "Ensure this field has no more than " + MAX_URL + " characters.");
            return null;
        }
        URI url;
        try {
            url = new URI(raw.strip());
        } catch (URISyntaxException e) {
            errors.add("url", "Enter a valid URL.");
            return null;
        }
        targets.whyRefused(url).ifPresent(why -> errors.add("url", why));
        return url;
    }

    /** Whether the endpoint takes every type ({@code ["*"]}); the named types go into {@code types}. */
    private static boolean parseEvents(List<String> raw, Set<EventType> types, FieldErrors errors) {
        if (raw == null || raw.isEmpty()) {
            errors.add("events", "Name at least one event type, or \"*\" for all.");
            return false;
        }
        boolean all = false;
        for (String name : raw) {
            if ("*".equals(name)) {
                all = true;
                continue;
            }
            Optional<EventType> type = EventType.fromWireName(name);
            if (type.isPresent()) {
                types.add(type.get());
            } else {
                errors.add("events", "\"" + name + "\" is not a known event type.");
            }
        }
        return all;
    }
}
