package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.PendingObjectDeletions.Area;
import dev.dossier.application.port.out.PendingObjectDeletions.Pending;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.tenant.TenantId;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two workers on two connections claim pending deletions at the same moment, in small batches,
 * each holding its claim's transaction open a little: between them they take every row, and never
 * the same row twice.
 */
class PostgresPendingDeletionClaimIT extends PersistenceContractTest {
    private static final int ROWS = 300;

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
    void givenManyPendingRows_whenTwoWorkersClaimAtOnce_thenNoRowIsTakenTwice() throws Exception {
        TenantId tenant = TenantId.generate();
        List<StorageKey> keys = IntStream.range(0, ROWS)
                .mapToObj(i -> StorageKey.generate(tenant))
                .toList();
        inTx(() -> new JpaPendingObjectDeletions(em).enqueue(Area.DOCUMENT, keys, T0));

        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<List<UUID>>> futures = new ArrayList<>();
        for (String owner : List.of("worker-a", "worker-b")) {
            EntityManager workerEm = database().entityManagerFactory().createEntityManager();
            workers.add(workerEm);
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                JpaPendingObjectDeletions pending = new JpaPendingObjectDeletions(workerEm);
                EntityTransactionUnitOfWork workerTx = new EntityTransactionUnitOfWork(workerEm);
                List<UUID> taken = new ArrayList<>();
                for (List<Pending> batch;
                        !(batch = workerTx.inTransaction(() -> {
                                    List<Pending> claimed = pending.claim(T0, T0.plusSeconds(300), owner, 7);
                                    pause();
                                    return claimed;
                                }))
                                .isEmpty(); ) {
                    batch.forEach(p -> taken.add(p.id()));
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
        assertThat(a.size() + b.size()).isEqualTo(ROWS);
        assertThat(inTx(() -> new JpaPendingObjectDeletions(em).count())).isEqualTo(ROWS);
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
