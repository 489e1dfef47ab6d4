package dev.dossier.adapters.persistence;

import static dev.dossier.adapters.persistence.JpaWebhookEndpoints.uuid;

import dev.dossier.adapters.persistence.ColumnBindingCustomizer.SetObjectParameter;
import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.WebhookDeliveries;
import dev.dossier.domain.event.EventId;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.webhook.WebhookDelivery;
import dev.dossier.domain.webhook.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence adapter: fan-out of {@code webhook_event} rows into {@code webhook_delivery} rows and
 * the delivery worker's claims. Both lock with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.2),
 * so instances pass over each other's rows; a claimed delivery is leased in the same transaction.
 */
@ApplicationScoped
public class JpaWebhookDeliveries implements WebhookDeliveries {
    private static final String COLUMNS = "id, tenant_id, endpoint_id, event_id, event_type, attempt, status,"
            + " response_status, next_attempt_at, created_at";
    private static final String DUE = "SELECT " + COLUMNS + " FROM webhook_delivery d"
            + " WHERE d.status = 'pending' AND d.next_attempt_at <= ?1"
            + " AND (d.lease_until IS NULL OR d.lease_until < ?1)"
            + " AND EXISTS (SELECT 1 FROM webhook_endpoint e WHERE e.id = d.endpoint_id AND e.status = 'enabled')"
            + " AND (SELECT COUNT(*) FROM webhook_delivery x WHERE x.endpoint_id = d.endpoint_id"
            + " AND x.status = 'pending' AND x.lease_until >= ?1) < ?3"
            + " ORDER BY d.next_attempt_at, d.id LIMIT ?2 FOR UPDATE SKIP LOCKED";
    private static final String IN_FLIGHT = "SELECT COUNT(*) FROM webhook_delivery x WHERE x.endpoint_id = ?1"
            + " AND x.status = 'pending' AND x.lease_until >= ?2";

    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaWebhookDeliveries() {}

    public JpaWebhookDeliveries(EntityManager em) {
        this.em = em;
    }

    @Override
    public int fanOut(int limit, Instant now) {
        return Guard.call("fanning events out to webhook endpoints", () -> {
            List<?> events = em.createNativeQuery("SELECT id, tenant_id, event_type, created_at FROM webhook_event"
                            + " WHERE fanned_out = FALSE ORDER BY created_at, id LIMIT ?1 FOR UPDATE SKIP LOCKED")
                    .setParameter(1, limit)
                    .getResultList();
            Map<UUID, List<WebhookEndpoint>> endpointsOf = new HashMap<>();
            for (Object raw : events) {
                Object[] row = (Object[]) raw;
                UUID eventId = uuid(row[0]);
                UUID tenantId = uuid(row[1]);
                EventType type = EventType.fromWireName(row[2].toString()).orElseThrow();
                List<WebhookEndpoint> endpoints = endpointsOf.computeIfAbsent(tenantId, this::enabledEndpoints);
                for (WebhookEndpoint endpoint : endpoints) {
                    if (endpoint.subscribesTo(type)) {
                        em.createNativeQuery("INSERT INTO webhook_delivery (id, tenant_id, endpoint_id, event_id,"
                                        + " event_type, attempt, status, next_attempt_at, created_at)"
                                        + " VALUES (?1, ?2, ?3, ?4, ?5, 0, 'pending', ?6, ?7)")
                                .setParameter(1, UUID.randomUUID())
                                .setParameter(2, tenantId)
                                .setParameter(3, endpoint.id())
                                .setParameter(4, eventId)
                                .setParameter(5, type.wireName())
                                .setParameter(6, new SetObjectParameter(Times.toColumn(now)))
                                .setParameter(
                                        7,
                                        new SetObjectParameter(Times.toColumn(JpaLegalHoldRepository.instant(row[3]))))
                                .executeUpdate();
                    }
                }
                em.createNativeQuery("UPDATE webhook_event SET fanned_out = TRUE WHERE id = ?1")
                        .setParameter(1, eventId)
                        .executeUpdate();
            }
            return events.size();
        });
    }

    private List<WebhookEndpoint> enabledEndpoints(UUID tenantId) {
        return em
                .createNativeQuery("SELECT " + JpaWebhookEndpoints.COLUMNS
                        + " FROM webhook_endpoint WHERE tenant_id = ?1 AND status = 'enabled'")
                .setParameter(1, tenantId)
                .getResultList()
                .stream()
                .map(r -> JpaWebhookEndpoints.endpoint((Object[]) r))
                .toList();
    }

    @Override
    public List<DueDelivery> claimDue(Instant now, Instant leaseUntil, String owner, int limit, int perEndpoint) {
        return Guard.call("claiming webhook deliveries", () -> {
            List<?> rows = em.createNativeQuery(DUE)
                    .setParameter(1, new SetObjectParameter(Times.toColumn(now)))
                    .setParameter(2, limit)
                    .setParameter(3, perEndpoint)
                    .getResultList();
            List<DueDelivery> claimed = new ArrayList<>();
            // what each endpoint may still take: its cap less the attempts already in flight
            Map<UUID, Integer> room = new HashMap<>();
            for (Object raw : rows) {
                WebhookDelivery delivery = delivery((Object[]) raw);
                int left = room.computeIfAbsent(delivery.endpointId(), e -> perEndpoint - inFlight(e, now));
                if (left <= 0) {
                    continue;
                }
                room.put(delivery.endpointId(), left - 1);
                em.createNativeQuery("UPDATE webhook_delivery SET lease_owner = ?1, lease_until = ?2 WHERE id = ?3")
                        .setParameter(1, owner)
                        .setParameter(2, new SetObjectParameter(Times.toColumn(leaseUntil)))
                        .setParameter(3, delivery.id())
                        .executeUpdate();
                Object[] target = (Object[]) em.createNativeQuery("SELECT e.url, e.secret_key_id, e.secret_wrapped,"
                                + " ev.body FROM webhook_endpoint e, webhook_event ev WHERE e.id = ?1 AND ev.id = ?2")
                        .setParameter(1, delivery.endpointId())
                        .setParameter(2, delivery.eventId().value())
                        .getSingleResult();
                claimed.add(new DueDelivery(
                        delivery,
                        java.net.URI.create(target[0].toString()),
                        new dev.dossier.domain.crypto.WrappedKey(
                                target[1].toString(),
                                java.util.Base64.getDecoder().decode(target[2].toString())),
                        target[3].toString()));
            }
            return claimed;
        });
    }

    private int inFlight(UUID endpointId, Instant now) {
        return ((Number) em.createNativeQuery(IN_FLIGHT)
                        .setParameter(1, endpointId)
                        .setParameter(2, new SetObjectParameter(Times.toColumn(now)))
                        .getSingleResult())
                .intValue();
    }

    @Override
    public void recordAttempt(Attempt attempt, String owner) {
        boolean again = attempt.nextAttemptAt() != null;
        Guard.run("recording a webhook attempt", () -> {
            var query = em.createNativeQuery("UPDATE webhook_delivery SET attempt = ?1, status = ?2,"
                            + " response_status = NULLIF(?3, -1), next_attempt_at = "
                            + (again ? "?4" : "NULL")
                            + ", lease_owner = NULL, lease_until = NULL WHERE id = ?5 AND lease_owner = ?6")
                    .setParameter(1, attempt.attempt())
                    .setParameter(2, attempt.status().wireName())
                    .setParameter(3, attempt.responseStatus() == null ? -1 : attempt.responseStatus())
                    .setParameter(5, attempt.deliveryId())
                    .setParameter(6, owner);
            if (again) {
                query.setParameter(4, new SetObjectParameter(Times.toColumn(attempt.nextAttemptAt())));
            }
            query.executeUpdate();
        });
    }

    @Override
    public Optional<WebhookDelivery> find(TenantId tenantId, UUID endpointId, UUID deliveryId) {
        return Guard.call(
                "reading a webhook delivery",
                () -> em
                        .createNativeQuery("SELECT " + COLUMNS
                                + " FROM webhook_delivery WHERE tenant_id = ?1 AND endpoint_id = ?2 AND id = ?3")
                        .setParameter(1, tenantId.value())
                        .setParameter(2, endpointId)
                        .setParameter(3, deliveryId)
                        .getResultList()
                        .stream()
                        .map(r -> delivery((Object[]) r))
                        .findFirst());
    }

    @Override
    public KeysetSlice<WebhookDelivery> page(TenantId tenantId, UUID endpointId, KeysetRequest request) {
        return Guard.call("listing webhook deliveries", () -> {
            boolean older = request.direction() == KeysetRequest.Direction.OLDER;
            String base = "SELECT " + COLUMNS + " FROM webhook_delivery WHERE tenant_id = ?1 AND endpoint_id = ?2";
            String beyond = older
                    ? " AND (created_at < ?3 OR (created_at = ?3 AND id < ?4))"
                    : " AND (created_at > ?3 OR (created_at = ?3 AND id > ?4))";
            String order = older ? " ORDER BY created_at DESC, id DESC" : " ORDER BY created_at, id";
            Optional<KeysetPosition> from = request.from();
            var query = em.createNativeQuery(base + (from.isPresent() ? beyond : "") + order + " LIMIT ?5")
                    .setParameter(1, tenantId.value())
                    .setParameter(2, endpointId)
                    .setParameter(5, request.size() + 1);
            from.ifPresent(p -> query.setParameter(3, new SetObjectParameter(Times.toColumn(p.createdAt())))
                    .setParameter(4, p.id()));
            List<WebhookDelivery> items = new ArrayList<>(query.getResultList().stream()
                    .map(r -> delivery((Object[]) r))
                    .toList());
            boolean more = items.size() > request.size();
            if (more) {
                items.remove(items.size() - 1);
            }
            if (!older) {
                java.util.Collections.reverse(items);
            }
            // a page reached by a cursor has rows on the side it came from
            boolean fromCursor = from.isPresent();
            return older ? new KeysetSlice<>(items, more, fromCursor) : new KeysetSlice<>(items, true, more);
        });
    }

    @Override
    public void retryNow(TenantId tenantId, UUID deliveryId, Instant now) {
        Guard.run(
                "retrying a webhook delivery",
                () -> em.createNativeQuery("UPDATE webhook_delivery SET status = 'pending', next_attempt_at = ?1"
                                + " WHERE tenant_id = ?2 AND id = ?3")
                        .setParameter(1, new SetObjectParameter(Times.toColumn(now)))
                        .setParameter(2, tenantId.value())
                        .setParameter(3, deliveryId)
                        .executeUpdate());
    }

    @Override
    public Stats stats() {
        return Guard.call("counting webhook deliveries", () -> {
            Map<String, Long> counts = new HashMap<>();
            for (Object raw : em.createNativeQuery("SELECT status, COUNT(*) FROM webhook_delivery GROUP BY status")
                    .getResultList()) {
                Object[] row = (Object[]) raw;
                counts.put(row[0].toString(), ((Number) row[1]).longValue());
            }
            Object oldest = em.createNativeQuery(
                            "SELECT MIN(created_at) FROM webhook_delivery WHERE status = 'pending'")
                    .getSingleResult();
            return new Stats(
                    counts.getOrDefault("succeeded", 0L),
                    counts.getOrDefault("failed", 0L),
                    counts.getOrDefault("pending", 0L),
                    Optional.ofNullable(oldest).map(JpaLegalHoldRepository::instant));
        });
    }

    private static WebhookDelivery delivery(Object[] row) {
        return new WebhookDelivery(
                uuid(row[0]),
                new TenantId(uuid(row[1])),
                uuid(row[2]),
                new EventId(uuid(row[3])),
                EventType.fromWireName(row[4].toString()).orElseThrow(),
                ((Number) row[5]).intValue(),
                WebhookDelivery.Status.fromWireName(row[6].toString()),
                row[7] == null ? null : ((Number) row[7]).intValue(),
                row[8] == null ? null : JpaLegalHoldRepository.instant(row[8]),
                JpaLegalHoldRepository.instant(row[9]));
    }
}
