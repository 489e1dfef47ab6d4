package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.port.out.WebhookDeliveries.Attempt;
import dev.dossier.application.port.out.WebhookDeliveries.DueDelivery;
import dev.dossier.domain.crypto.WrappedKey;
import dev.dossier.domain.event.DomainEvent;
import dev.dossier.domain.event.EventBody;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.webhook.WebhookDelivery;
import dev.dossier.domain.webhook.WebhookEndpoint;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Contract of {@link JpaWebhookEndpoints} and {@link JpaWebhookDeliveries}, run on every database. */
abstract class AbstractWebhookDeliveriesTest extends PersistenceContractTest {

    protected WebhookEndpoint givenEndpoint(Tenant tenant, boolean all, Set<EventType> types) {
        WebhookEndpoint endpoint = new WebhookEndpoint(
                UUID.randomUUID(),
                tenant.id(),
                URI.create("https://hooks.example.com/" + UUID.randomUUID()),
                all,
                types,
                null,
                WebhookEndpoint.Status.ENABLED,
                new WrappedKey("mk1", new byte[] {1, 2, 3}),
                T0);
        inTx(() -> new JpaWebhookEndpoints(em).save(endpoint));
        return endpoint;
    }

    protected DomainEvent givenEvent(Tenant tenant, EventType type) {
        DomainEvent event = DomainEvent.of(tenant.id(), type, T0, Map.of("document_id", "d1"));
        inTx(() -> new JpaEventOutbox(em).publish(event));
        return event;
    }

    @Test
    void givenEndpoints_whenEventsFannedOut_thenOneDeliveryPerSubscribedEnabledEndpointOfTheTenant() {
        Tenant tenant = givenTenant();
        Tenant other = givenTenant();
        WebhookEndpoint all = givenEndpoint(tenant, true, Set.of());
        WebhookEndpoint deletedOnly = givenEndpoint(tenant, false, Set.of(EventType.DOCUMENT_DELETED));
        WebhookEndpoint gone = givenEndpoint(tenant, true, Set.of());
        inTx(() -> new JpaWebhookEndpoints(em).disable(gone.id()));
        givenEndpoint(other, true, Set.of());
        DomainEvent event = givenEvent(tenant, EventType.DOCUMENT_CREATED);

        assertThat(inTx(() -> new JpaWebhookDeliveries(em).fanOut(10, T0))).isEqualTo(1);
        assertThat(inTx(() -> new JpaWebhookDeliveries(em).fanOut(10, T0))).isZero();

        List<DueDelivery> due = inTx(() -> new JpaWebhookDeliveries(em).claimDue(T0, T0.plusSeconds(60), "a", 10, 1));
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.delivery().endpointId()).isEqualTo(all.id());
            assertThat(d.delivery().eventId()).isEqualTo(event.id());
            assertThat(d.url()).isEqualTo(all.url());
            assertThat(d.wrappedSecret()).isEqualTo(all.wrappedSecret());
            assertThat(d.body()).isEqualTo(EventBody.render(event));
        });
        assertThat(deletedOnly.subscribesTo(EventType.DOCUMENT_CREATED)).isFalse();
        assertThat(inTx(() -> new JpaWebhookDeliveries(em).claimDue(T0, T0.plusSeconds(60), "b", 10, 1)))
                .isEmpty();
    }

    @Test
    void givenManyDueDeliveriesToOneEndpoint_whenClaimed_thenNoMoreThanItsCapInFlight() {
        Tenant tenant = givenTenant();
        WebhookEndpoint busy = givenEndpoint(tenant, true, Set.of());
        for (int i = 0; i < 12; i++) {
            givenEvent(tenant, EventType.DOCUMENT_CREATED);
        }
        JpaWebhookDeliveries deliveries = new JpaWebhookDeliveries(em);
        inTx(() -> deliveries.fanOut(50, T0));

        List<DueDelivery> first = inTx(() -> deliveries.claimDue(T0, T0.plusSeconds(60), "a", 10, 4));
        List<DueDelivery> second = inTx(() -> deliveries.claimDue(T0, T0.plusSeconds(60), "b", 10, 4));
        for (DueDelivery done : first.subList(0, 3)) {
            inTx(() -> deliveries.recordAttempt(
                    new Attempt(done.delivery().id(), 1, WebhookDelivery.Status.SUCCEEDED, 204, null), "a"));
        }
        List<DueDelivery> third = inTx(() -> deliveries.claimDue(T0, T0.plusSeconds(60), "b", 10, 4));

        assertThat(first)
                .hasSize(4)
                .allSatisfy(d -> assertThat(d.delivery().endpointId()).isEqualTo(busy.id()));
        assertThat(second).isEmpty();
        assertThat(third).hasSize(3);
        assertThat(List.of(first, third).stream()
                        .flatMap(List::stream)
                        .map(d -> d.delivery().id()))
                .doesNotHaveDuplicates();
    }

    @Test
    void givenClaimedDelivery_whenAttemptRecorded_thenStateStored_andDueAgainOnlyAtItsTime() {
        Tenant tenant = givenTenant();
        WebhookEndpoint endpoint = givenEndpoint(tenant, true, Set.of());
        givenEvent(tenant, EventType.DOCUMENT_CREATED);
        JpaWebhookDeliveries deliveries = new JpaWebhookDeliveries(em);
        inTx(() -> deliveries.fanOut(10, T0));
        DueDelivery due = inTx(() -> deliveries.claimDue(T0, T0.plusSeconds(60), "a", 10, 1))
                .get(0);

        inTx(() -> deliveries.recordAttempt(
                new Attempt(due.delivery().id(), 1, WebhookDelivery.Status.PENDING, 500, T0.plusSeconds(5)), "b"));
        assertThat(inTx(() -> deliveries.find(
                        tenant.id(), endpoint.id(), due.delivery().id())))
                .get()
                .extracting(WebhookDelivery::attempt)
                .isEqualTo(0); // not b's lease
        inTx(() -> deliveries.recordAttempt(
                new Attempt(due.delivery().id(), 1, WebhookDelivery.Status.PENDING, 500, T0.plusSeconds(5)), "a"));

        WebhookDelivery stored = inTx(() -> deliveries.find(
                        tenant.id(), endpoint.id(), due.delivery().id()))
                .orElseThrow();
        assertThat(stored.attempt()).isEqualTo(1);
        assertThat(stored.responseStatus()).isEqualTo(500);
        assertThat(stored.nextAttemptAt()).isEqualTo(T0.plusSeconds(5).truncatedTo(ChronoUnit.MICROS));
        assertThat(inTx(() -> deliveries.claimDue(T0.plusSeconds(4), T0.plusSeconds(60), "a", 10, 1)))
                .isEmpty();
        assertThat(inTx(() -> deliveries.claimDue(T0.plusSeconds(5), T0.plusSeconds(60), "a", 10, 1)))
                .hasSize(1);
        assertThat(inTx(() -> deliveries.stats()).pending()).isEqualTo(1);
        assertThat(inTx(() -> deliveries.page(tenant.id(), endpoint.id(), KeysetRequest.first(10)))
                        .items())
                .extracting(WebhookDelivery::id)
                .containsExactly(due.delivery().id());
        assertThat(inTx(() -> new JpaWebhookEndpoints(em).delete(tenant.id(), endpoint.id())))
                .isTrue();
        assertThat(inTx(() -> deliveries.stats()).pending()).isZero();
    }
}
