package dev.dossier.application.fakes;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.WebhookDeliveries;
import dev.dossier.application.port.out.WebhookEndpointRepository;
import dev.dossier.domain.event.DomainEvent;
import dev.dossier.domain.event.EventBody;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.webhook.WebhookDelivery;
import dev.dossier.domain.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Test fake of {@link WebhookEndpointRepository} and {@link WebhookDeliveries}, fanning out the
 * events of an {@link InMemoryEventOutbox}. Leases are honoured as the database does.
 */
public final class InMemoryWebhooks implements WebhookEndpointRepository, WebhookDeliveries {
    private final InMemoryEventOutbox outbox;
    private final Map<UUID, WebhookEndpoint> endpoints = new LinkedHashMap<>();
    private final Map<UUID, WebhookDelivery> deliveries = new LinkedHashMap<>();
    private final Map<UUID, Instant> leases = new LinkedHashMap<>();
    private final Map<UUID, String> bodies = new LinkedHashMap<>();
    private int fannedOut;

    public InMemoryWebhooks(InMemoryEventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public synchronized void save(WebhookEndpoint endpoint) {
        endpoints.put(endpoint.id(), endpoint);
    }

    @Override
    public synchronized Optional<WebhookEndpoint> findById(TenantId tenantId, UUID id) {
        return Optional.ofNullable(endpoints.get(id)).filter(e -> e.tenantId().equals(tenantId));
    }

    @Override
    public synchronized List<WebhookEndpoint> list(TenantId tenantId) {
        return endpoints.values().stream()
                .filter(e -> e.tenantId().equals(tenantId))
                .toList();
    }

    @Override
    public synchronized boolean delete(TenantId tenantId, UUID id) {
        if (findById(tenantId, id).isEmpty()) {
            return false;
        }
        endpoints.remove(id);
        deliveries.values().removeIf(d -> d.endpointId().equals(id));
        return true;
    }

    @Override
    public synchronized void disable(UUID id) {
        WebhookEndpoint e = endpoints.get(id);
        endpoints.put(
                id,
                new WebhookEndpoint(
                        e.id(),
                        e.tenantId(),
                        e.url(),
                        e.allEvents(),
                        e.events(),
                        e.description(),
                        WebhookEndpoint.Status.DISABLED,
                        e.wrappedSecret(),
                        e.createdAt()));
    }

    @Override
    public synchronized int fanOut(int limit, Instant now) {
        List<DomainEvent> events = outbox.events();
        int taken = 0;
        while (fannedOut < events.size() && taken < limit) {
            DomainEvent event = events.get(fannedOut++);
            taken++;
            bodies.put(event.id().value(), EventBody.render(event));
            for (WebhookEndpoint e : endpoints.values()) {
                if (e.tenantId().equals(event.tenantId())
                        && e.status() == WebhookEndpoint.Status.ENABLED
                        && e.subscribesTo(event.type())) {
                    UUID id = UUID.randomUUID();
                    deliveries.put(
                            id,
                            new WebhookDelivery(
                                    id,
                                    event.tenantId(),
                                    e.id(),
                                    event.id(),
                                    event.type(),
                                    0,
                                    WebhookDelivery.Status.PENDING,
                                    null,
                                    now,
                                    now));
                }
            }
        }
        return taken;
    }

    @Override
    public synchronized List<DueDelivery> claimDue(
            Instant now, Instant leaseUntil, String owner, int limit, int perEndpoint) {
        List<DueDelivery> claimed = new ArrayList<>();
        Map<UUID, Integer> inFlight = new HashMap<>();
        deliveries.values().stream()
                .filter(d -> d.status() == WebhookDelivery.Status.PENDING
                        && leases.containsKey(d.id())
                        && !leases.get(d.id()).isBefore(now))
                .forEach(d -> inFlight.merge(d.endpointId(), 1, Integer::sum));
        for (WebhookDelivery d : deliveries.values()) {
            WebhookEndpoint e = endpoints.get(d.endpointId());
            boolean leased = leases.containsKey(d.id()) && !leases.get(d.id()).isBefore(now);
            if (claimed.size() < limit
                    && d.status() == WebhookDelivery.Status.PENDING
                    && !d.nextAttemptAt().isAfter(now)
                    && !leased
                    && e.status() == WebhookEndpoint.Status.ENABLED
                    && inFlight.getOrDefault(d.endpointId(), 0) < perEndpoint) {
                inFlight.merge(d.endpointId(), 1, Integer::sum);
                leases.put(d.id(), leaseUntil);
                claimed.add(new DueDelivery(
                        d, e.url(), e.wrappedSecret(), bodies.get(d.eventId().value())));
            }
        }
        return claimed;
    }

    @Override
    public synchronized void recordAttempt(Attempt attempt, String owner) {
        WebhookDelivery d = deliveries.get(attempt.deliveryId());
        if (d == null || leases.remove(d.id()) == null) {
            return;
        }
        deliveries.put(
                d.id(),
                new WebhookDelivery(
                        d.id(),
                        d.tenantId(),
                        d.endpointId(),
                        d.eventId(),
                        d.eventType(),
                        attempt.attempt(),
                        attempt.status(),
                        attempt.responseStatus(),
                        attempt.nextAttemptAt(),
                        d.createdAt()));
    }

    @Override
    public synchronized Optional<WebhookDelivery> find(TenantId tenantId, UUID endpointId, UUID deliveryId) {
        return Optional.ofNullable(deliveries.get(deliveryId))
                .filter(d -> d.tenantId().equals(tenantId) && d.endpointId().equals(endpointId));
    }

    @Override
    public synchronized KeysetSlice<WebhookDelivery> page(TenantId tenantId, UUID endpointId, KeysetRequest request) {
        List<WebhookDelivery> all = deliveries.values().stream()
                .filter(d -> d.tenantId().equals(tenantId) && d.endpointId().equals(endpointId))
                .sorted(Comparator.comparing(
                        (WebhookDelivery d) -> new KeysetPosition(d.createdAt(), d.id()), KeysetPosition.NEWEST_FIRST))
                .toList();
        List<WebhookDelivery> items = all.stream().limit(request.size()).toList();
        return new KeysetSlice<>(items, all.size() > items.size(), false);
    }

    @Override
    public synchronized void retryNow(TenantId tenantId, UUID deliveryId, Instant now) {
        WebhookDelivery d = deliveries.get(deliveryId);
        deliveries.put(
                d.id(),
                new WebhookDelivery(
                        d.id(),
                        d.tenantId(),
                        d.endpointId(),
                        d.eventId(),
                        d.eventType(),
                        d.attempt(),
                        WebhookDelivery.Status.PENDING,
                        d.responseStatus(),
                        now,
                        d.createdAt()));
    }

    @Override
    public synchronized Stats stats() {
        long succeeded = count(WebhookDelivery.Status.SUCCEEDED);
        long failed = count(WebhookDelivery.Status.FAILED);
        long pending = count(WebhookDelivery.Status.PENDING);
        Optional<Instant> oldest = deliveries.values().stream()
                .filter(d -> d.status() == WebhookDelivery.Status.PENDING)
                .map(WebhookDelivery::createdAt)
                .min(Comparator.naturalOrder());
        return new Stats(succeeded, failed, pending, oldest);
    }

    private long count(WebhookDelivery.Status status) {
        return deliveries.values().stream().filter(d -> d.status() == status).count();
    }

    public synchronized List<WebhookDelivery> deliveries() {
        return List.copyOf(deliveries.values());
    }
}
