package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.ServerSecretRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Contract of {@link ServerSecretRepository}, run on every database. */
abstract class AbstractServerSecretRepositoryTest extends PersistenceContractTest {
    private static final int RACERS = 12;
    private static final int ROUNDS = 5;

    private ServerSecretRepository repository() {
        return new JpaServerSecretRepository(em);
    }

    @Test
    void givenNoSecret_whenAskedWithACandidate_thenTheCandidateIsStoredAndReturned() {
        String secret = inTx(() -> repository().getOrCreate("cursor-signing-key", "csk_first"));

        assertThat(secret).isEqualTo("csk_first");
        assertThat(inTx(() -> repository().getOrCreate("cursor-signing-key", "csk_second")))
                .isEqualTo("csk_first");
    }

    @Test
    void givenStoredSecret_whenAskedFromAnotherServerInstance_thenTheSameValue() {
        inTx(() -> repository().getOrCreate("cursor-signing-key", "csk_stored"));
        EntityManager other = database().entityManagerFactory("server-2").createEntityManager();
        try {
            String seen = new EntityTransactionUnitOfWork(other)
                    .inTransaction(
                            () -> new JpaServerSecretRepository(other).getOrCreate("cursor-signing-key", "csk_other"));
            assertThat(seen).isEqualTo("csk_stored");
        } finally {
            other.close();
        }
    }

    @Test
    void givenTwoNames_whenAsked_thenEachKeepsItsOwnSecret() {
        inTx(() -> repository().getOrCreate("a", "secret-a"));
        inTx(() -> repository().getOrCreate("b", "secret-b"));

        assertThat(inTx(() -> repository().getOrCreate("a", "x"))).isEqualTo("secret-a");
        assertThat(inTx(() -> repository().getOrCreate("b", "y"))).isEqualTo("secret-b");
    }

    @Test
    void givenSecretCreatedInATransactionThatRollsBack_whenAskedAgain_thenANewCandidateIsStored() {
        try {
            tx.inTransaction(() -> {
                repository().getOrCreate("rolled-back", "never-kept");
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            em.clear();
        }
        assertThat(inTx(() -> repository().getOrCreate("rolled-back", "kept"))).isEqualTo("kept");
    }

    /**
     * Several server instances start together: {@value #RACERS} callers on four instances (entity
     * manager factories with their own connections), each in its own transaction with its own
     * candidate, ask at the same moment. All get one value, the one stored. Repeated {@value #ROUNDS} times.
     */
    @Test
    void givenNoSecret_whenManyInstancesAskAtOnce_thenAllGetTheOneStoredValue() throws Exception {
        List<EntityManagerFactory> servers = List.of(
                database().entityManagerFactory("server-1"),
                database().entityManagerFactory("server-2"),
                database().entityManagerFactory("server-3"),
                database().entityManagerFactory("server-4"));
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String name = "race-" + round;
                CountDownLatch ready = new CountDownLatch(RACERS);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < RACERS; i++) {
                    answers.add(pool.submit(ask(servers.get(i % servers.size()), name, "candidate-" + i, ready, go)));
                }
                assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
                go.countDown();
                Set<String> values = new HashSet<>();
                for (Future<String> answer : answers) {
                    values.add(answer.get(60, TimeUnit.SECONDS));
                }

                assertThat(values).as("values seen in round %d", round).hasSize(1);
                assertThat(values.iterator().next()).startsWith("candidate-");
                assertThat(inTx(() -> repository().getOrCreate(name, "late")))
                        .isEqualTo(values.iterator().next());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<String> ask(
            EntityManagerFactory server, String name, String candidate, CountDownLatch ready, CountDownLatch go) {
        return () -> {
            EntityManager em = server.createEntityManager();
            try {
                return new EntityTransactionUnitOfWork(em).inTransaction(() -> {
                    // a first statement in the transaction, as a service's earlier reads would be
                    em.createNativeQuery("SELECT 1").getSingleResult();
                    ready.countDown();
                    try {
                        go.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return new JpaServerSecretRepository(em).getOrCreate(name, candidate);
                });
            } finally {
                em.close();
            }
        };
    }
}
