package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.WebhookDeliveries.DueDelivery;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.Tenant;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on two connections claim webhook deliveries at the same moment, holding the claim's
 * transaction open a little: between them they take every delivery, and never the same one twice.
 */
class PostgresWebhookClaimIT extends AbstractWebhookDeliveriesTest {
    private static final int ENDPOINTS = 60;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<EntityManager> workers = new ArrayList<>();

    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }

    @AfterEach
    void closeWorkers() {
        pool.shutdownNow();
        workers.forEach(EntityManager::close);
    }

    @Test
    void givenManyDueDeliveries_whenTwoInstancesClaimAtOnce_thenNoDeliveryIsTakenTwice() throws Exception {
        Tenant tenant = givenTenant();
        for (int i = 0; i < ENDPOINTS; i++) {
            givenEndpoint(tenant, true, Set.of());
        }
        givenEvent(tenant, EventType.DOCUMENT_CREATED);
        inTx(() -> new JpaWebhookDeliveries(em).fanOut(10, T0));

        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<List<UUID>>> futures = new ArrayList<>();
        for (String owner : List.of("instance-a", "instance-b")) {
            EntityManager workerEm = database().entityManagerFactory().createEntityManager();
            workers.add(workerEm);
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                JpaWebhookDeliveries deliveries = new JpaWebhookDeliveries(workerEm);
                EntityTransactionUnitOfWork workerTx = new EntityTransactionUnitOfWork(workerEm);
                List<UUID> taken = new ArrayList<>();
                for (List<DueDelivery> batch;
                        !(batch = workerTx.inTransaction(() -> {
                                    List<DueDelivery> claimed =
                                            deliveries.claimDue(T0, T0.plusSeconds(60), owner, 4, 1);
                                    pause();
                                    return claimed;
                                }))
                                .isEmpty(); ) {
                    batch.forEach(d -> taken.add(d.delivery().id()));
                }
                return taken;
            }));
        }
        List<UUID> a = futures.get(0).get(60, TimeUnit.SECONDS);
        List<UUID> b = futures.get(1).get(60, TimeUnit.SECONDS);

        assertThat(a).isNotEmpty().doesNotHaveDuplicates();
        assertThat(b).isNotEmpty().doesNotHaveDuplicates();
        Set<UUID> both = new HashSet<>(a);
        both.retainAll(b);
        assertThat(both).isEmpty();
        assertThat(a.size() + b.size()).isEqualTo(ENDPOINTS);
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
