package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.tenant.Tenant;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on two connections claim expiry notices at the same moment, in small batches,
 * each holding its batch's transaction open a little: between them they claim every document,
 * and never the same one twice.
 */
class PostgresExpiryNoticeClaimIT extends PersistenceContractTest {
    private static final int DOCUMENTS = 200;
    private static final Instant NOW = T0.plusSeconds(3600);
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

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
    void givenManyDueDocuments_whenTwoInstancesClaimAtOnce_thenEachIsClaimedExactlyOnce() throws Exception {
        Tenant tenant = givenTenant();
        inTx(() -> {
            JpaDocumentRepository documents = new JpaDocumentRepository(em);
            IntStream.range(0, DOCUMENTS)
                    .forEach(i -> documents.save(
                            newDocument(tenant.id(), DocumentOwner.library(), null, TODAY.plusDays(i % 30), T0)));
        });

        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<List<DocumentId>>> futures = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            EntityManager workerEm = database().entityManagerFactory().createEntityManager();
            workers.add(workerEm);
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                JpaExpiryNoticeRepository notices = new JpaExpiryNoticeRepository(workerEm);
                EntityTransactionUnitOfWork workerTx = new EntityTransactionUnitOfWork(workerEm);
                List<DocumentId> taken = new ArrayList<>();
                for (List<Document> batch;
                        !(batch = workerTx.inTransaction(() -> {
                                    List<Document> claimed = notices.claimExpiring(TODAY, TODAY.plusDays(30), NOW, 7);
                                    pause();
                                    return claimed;
                                }))
                                .isEmpty(); ) {
                    batch.stream().filter(d -> d.tenantId().equals(tenant.id())).forEach(d -> taken.add(d.id()));
                }
                return taken;
            }));
        }
        List<DocumentId> a = futures.get(0).get(60, TimeUnit.SECONDS);
        List<DocumentId> b = futures.get(1).get(60, TimeUnit.SECONDS);

        assertThat(a).isNotEmpty().doesNotHaveDuplicates();
        assertThat(b).isNotEmpty().doesNotHaveDuplicates();
        Set<DocumentId> both = new HashSet<>(a);
        both.retainAll(b);
        assertThat(both).isEmpty();
        assertThat(a.size() + b.size()).isEqualTo(DOCUMENTS);
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
