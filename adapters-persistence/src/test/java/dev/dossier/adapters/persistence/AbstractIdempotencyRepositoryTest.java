package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.IdempotencyRepository;
import dev.dossier.domain.idempotency.IdempotencyKey;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.idempotency.RecordedResponse;
import dev.dossier.domain.idempotency.RequestFingerprint;
import dev.dossier.domain.tenant.Tenant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Contract of {@link IdempotencyRepository}, run on every database. */
abstract class AbstractIdempotencyRepositoryTest extends PersistenceContractTest {
    private static final int RACERS = 12;
    private static final int ROUNDS = 5;
    private static final IdempotencyKey KEY = new IdempotencyKey("upload-2024-001");
    private static final RequestFingerprint A =
            RequestFingerprint.builder().part("body", "a").build();
    private static final RequestFingerprint B =
            RequestFingerprint.builder().part("body", "b").build();
    private static final RecordedResponse CREATED =
            new RecordedResponse(201, "{\"id\":\"3f2c\",\"name\":\"statement — März.pdf\",\"detail\":\"ü\"}");

    private IdempotencyRepository repository() {
        return new JpaIdempotencyRepository(em);
    }

    private static IdempotencyRecord micros(IdempotencyRecord r) {
        return new IdempotencyRecord(
                r.tenantId(),
                r.key(),
                r.fingerprint(),
                r.claimId(),
                r.createdAt().truncatedTo(ChronoUnit.MICROS),
                r.completedAt() == null ? null : r.completedAt().truncatedTo(ChronoUnit.MICROS),
                r.response());
    }

    private IdempotencyRecord givenClaim(Tenant tenant, IdempotencyKey key, RequestFingerprint fingerprint) {
        IdempotencyRecord claim = IdempotencyRecord.claim(tenant.id(), key, fingerprint, T0);
        assertThat(inTx(() -> repository().insertIfAbsent(claim))).isTrue();
        return claim;
    }

    @Test
    void givenNewKey_whenInserted_thenFoundInFlightWithEveryField() {
        Tenant tenant = givenTenant();
        IdempotencyRecord claim = givenClaim(tenant, KEY, A);

        assertThat(repository().find(tenant.id(), KEY)).contains(micros(claim));
    }

    @Test
    void givenExistingKey_whenInsertedAgain_thenRefusedWithoutErrorAndTheFirstKept() {
        Tenant tenant = givenTenant();
        IdempotencyRecord first = givenClaim(tenant, KEY, A);
        IdempotencyRecord second = IdempotencyRecord.claim(tenant.id(), KEY, B, T0.plusSeconds(1));

        assertThat(inTx(() -> repository().insertIfAbsent(second))).isFalse();
        // the transaction stays usable after the refused insert
        assertThat(inTx(() -> repository().find(tenant.id(), KEY))).contains(micros(first));
    }

    @Test
    void givenSameKeyInTwoTenants_whenInserted_thenBothKeptApart() {
        Tenant one = givenTenant();
        Tenant two = givenTenant();
        IdempotencyRecord first = givenClaim(one, KEY, A);
        IdempotencyRecord second = givenClaim(two, KEY, B);

        assertThat(repository().find(one.id(), KEY)).contains(micros(first));
        assertThat(repository().find(two.id(), KEY)).contains(micros(second));
        assertThat(repository().find(givenTenant().id(), KEY)).isEmpty();
    }

    @Test
    void givenKeysDifferingOnlyInCase_whenInserted_thenTheyAreDifferentKeys() {
        Tenant tenant = givenTenant();
        givenClaim(tenant, new IdempotencyKey("abc"), A);
        givenClaim(tenant, new IdempotencyKey("ABC"), B);

        assertThat(repository().find(tenant.id(), new IdempotencyKey("ABC")).map(IdempotencyRecord::fingerprint))
                .contains(B);
    }

    @Test
    void givenKeyOf255Characters_whenInserted_thenRoundTrips() {
        Tenant tenant = givenTenant();
        IdempotencyKey longKey = new IdempotencyKey("ключ-".repeat(51));
        IdempotencyRecord claim = givenClaim(tenant, longKey, A);

        assertThat(repository().find(tenant.id(), longKey)).contains(micros(claim));
    }

    @Test
    void givenInFlightClaim_whenCompleted_thenTheResponseIsStoredExactly() {
        Tenant tenant = givenTenant();
        IdempotencyRecord claim = givenClaim(tenant, KEY, A);
        IdempotencyRecord done = claim.complete(CREATED, T0.plusSeconds(2));

        assertThat(inTx(() -> repository().complete(done))).isTrue();

        assertThat(repository().find(tenant.id(), KEY)).contains(micros(done));
    }

    @Test
    void givenLargeResponse_whenCompleted_thenStoredExactly() {
        Tenant tenant = givenTenant();
        IdempotencyRecord claim = givenClaim(tenant, KEY, A);
        String body = "{\"documents\":\"" + "x".repeat(200_000) + "\"}";
        IdempotencyRecord done = claim.complete(new RecordedResponse(200, body), T0.plusSeconds(2));

        assertThat(inTx(() -> repository().complete(done))).isTrue();

        assertThat(repository().find(tenant.id(), KEY).orElseThrow().response().body())
                .isEqualTo(body);
    }

    @Test
    void givenCompletedRecord_whenCompletedOrReleasedAgain_thenRefusedAndKept() {
        Tenant tenant = givenTenant();
        IdempotencyRecord claim = givenClaim(tenant, KEY, A);
        IdempotencyRecord done = claim.complete(CREATED, T0.plusSeconds(2));
        inTx(() -> repository().complete(done));

        assertThat(inTx(() ->
                        repository().complete(claim.complete(new RecordedResponse(400, "{}"), T0.plusSeconds(3)))))
                .isFalse();
        assertThat(inTx(() -> repository().release(claim))).isFalse();
        assertThat(repository().find(tenant.id(), KEY)).contains(micros(done));
    }

    @Test
    void givenInFlightClaim_whenReleased_thenGoneAndTheKeyCanBeClaimedAgain() {
        Tenant tenant = givenTenant();
        IdempotencyRecord claim = givenClaim(tenant, KEY, A);

        assertThat(inTx(() -> repository().release(claim))).isTrue();

        assertThat(repository().find(tenant.id(), KEY)).isEmpty();
        givenClaim(tenant, KEY, B);
    }

    @Test
    void givenClaimTakenOver_whenTheOldClaimCompletesOrReleases_thenRefusedAndTheNewClaimKept() {
        Tenant tenant = givenTenant();
        IdempotencyRecord old = givenClaim(tenant, KEY, A);
        IdempotencyRecord fresh = IdempotencyRecord.claim(tenant.id(), KEY, B, T0.plus(Duration.ofMinutes(6)));

        assertThat(inTx(() -> repository().replace(old, fresh))).isTrue();

        assertThat(inTx(() -> repository().complete(old.complete(CREATED, T0.plus(Duration.ofMinutes(7))))))
                .isFalse();
        assertThat(inTx(() -> repository().release(old))).isFalse();
        assertThat(repository().find(tenant.id(), KEY)).contains(micros(fresh));
    }

    @Test
    void givenCompletedRecord_whenReplaced_thenTheAnswerIsClearedAndTheNewClaimIsInFlight() {
        Tenant tenant = givenTenant();
        IdempotencyRecord old = givenClaim(tenant, KEY, A);
        IdempotencyRecord done = old.complete(CREATED, T0.plusSeconds(1));
        inTx(() -> repository().complete(done));
        IdempotencyRecord fresh = IdempotencyRecord.claim(tenant.id(), KEY, B, T0.plus(Duration.ofHours(25)));

        assertThat(inTx(() -> repository().replace(done, fresh))).isTrue();
        assertThat(repository().find(tenant.id(), KEY)).contains(micros(fresh));

        // a second taker that judged the same old record loses
        IdempotencyRecord late = IdempotencyRecord.claim(tenant.id(), KEY, A, T0.plus(Duration.ofHours(25)));
        assertThat(inTx(() -> repository().replace(done, late))).isFalse();
        assertThat(repository().find(tenant.id(), KEY)).contains(micros(fresh));
    }

    @Test
    void givenRecordsOfDifferentAges_whenPurged_thenOnlyThoseCreatedBeforeTheCutoffGo() {
        Tenant tenant = givenTenant();
        IdempotencyRecord old = IdempotencyRecord.claim(tenant.id(), new IdempotencyKey("old"), A, T0);
        IdempotencyRecord edge =
                IdempotencyRecord.claim(tenant.id(), new IdempotencyKey("edge"), A, T0.plusSeconds(60));
        IdempotencyRecord young =
                IdempotencyRecord.claim(tenant.id(), new IdempotencyKey("young"), A, T0.plusSeconds(61));
        inTx(() -> {
            repository().insertIfAbsent(old);
            repository().insertIfAbsent(edge);
            repository().insertIfAbsent(young);
        });

        assertThat(inTx(() -> repository().deleteCreatedBefore(T0.plusSeconds(60))))
                .isEqualTo(1);

        assertThat(repository().find(tenant.id(), old.key())).isEmpty();
        assertThat(repository().find(tenant.id(), edge.key())).isPresent();
        assertThat(repository().find(tenant.id(), young.key())).isPresent();
    }

    /**
     * A claim held by a running request's open transaction (on another server) is seen as held; once
     * that transaction is gone without settling the claim, as when its server dies, it is unheld.
     */
    @Test
    void givenClaimHeldByAnOpenTransaction_whenChecked_thenHeldUntilThatTransactionEnds() {
        Tenant tenant = givenTenant();
        IdempotencyRecord claim = givenClaim(tenant, KEY, A);
        EntityManager holder = database().entityManagerFactory("server-2").createEntityManager();
        try {
            holder.getTransaction().begin();
            assertThat(new JpaIdempotencyRepository(holder).hold(claim)).isTrue();

            assertThat(inTx(() -> repository().isUnheld(claim))).isFalse();

            holder.getTransaction().rollback(); // the request's server died: its connection is closed
            assertThat(inTx(() -> repository().isUnheld(claim))).isTrue();
            assertThat(repository().find(tenant.id(), KEY).map(IdempotencyRecord::claimId))
                    .contains(claim.claimId());
        } finally {
            if (holder.getTransaction().isActive()) {
                holder.getTransaction().rollback();
            }
            holder.close();
        }
    }

    @Test
    void givenCompletedOrReplacedClaim_whenHeld_thenRefused() {
        Tenant tenant = givenTenant();
        IdempotencyRecord claim = givenClaim(tenant, KEY, A);
        IdempotencyRecord completed = claim.complete(CREATED, T0);
        inTx(() -> repository().complete(completed));

        assertThat(inTx(() -> repository().hold(claim))).isFalse();
        assertThat(inTx(() -> repository().isUnheld(claim))).isFalse();
    }

    /**
     * Two server instances and {@value #RACERS} requests, each in its own transaction, claim one key at
     * the same moment: exactly one insert wins, none fails, and every loser then finds the winner's claim.
     * Repeated for {@value #ROUNDS} keys.
     */
    @Test
    void givenOneKey_whenClaimedConcurrentlyOnTwoServers_thenExactlyOneInsertWins() throws Exception {
        Tenant tenant = givenTenant();
        race(
                round -> new IdempotencyKey("race-" + round),
                (repository, key) -> {
                    IdempotencyRecord mine = IdempotencyRecord.claim(tenant.id(), key, A, T0);
                    return repository.insertIfAbsent(mine) ? mine.claimId() : null;
                },
                tenant);
    }

    /** The same race for taking over one abandoned claim: exactly one replace wins. */
    @Test
    void givenAbandonedClaim_whenTakenOverConcurrentlyOnTwoServers_thenExactlyOneReplaceWins() throws Exception {
        Tenant tenant = givenTenant();
        // every racer judged the same abandoned claim before the race
        Map<IdempotencyKey, IdempotencyRecord> abandoned = new ConcurrentHashMap<>();
        race(
                round -> {
                    IdempotencyKey key = new IdempotencyKey("takeover-" + round);
                    abandoned.put(key, givenClaim(tenant, key, A));
                    return key;
                },
                (repository, key) -> {
                    IdempotencyRecord stale = abandoned.get(key);
                    IdempotencyRecord mine =
                            IdempotencyRecord.claim(tenant.id(), key, A, T0.plus(Duration.ofMinutes(6)));
                    return repository.replace(stale, mine) ? mine.claimId() : null;
                },
                tenant);
    }

    private interface Attempt {
        /** The winner's claim id, or null for a loser. */
        UUID attempt(IdempotencyRepository repository, IdempotencyKey key);
    }

    private void race(Function<Integer, IdempotencyKey> keyOfRound, Attempt attempt, Tenant tenant) throws Exception {
        List<EntityManagerFactory> servers =
                List.of(database().entityManagerFactory("server-1"), database().entityManagerFactory("server-2"));
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                IdempotencyKey key = keyOfRound.apply(round);
                CountDownLatch ready = new CountDownLatch(RACERS);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<UUID>> outcomes = new ArrayList<>();
                for (int i = 0; i < RACERS; i++) {
                    outcomes.add(pool.submit(racer(servers.get(i % servers.size()), key, attempt, ready, go)));
                }
                assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
                go.countDown();
                List<UUID> winners = new ArrayList<>();
                for (Future<UUID> outcome : outcomes) {
                    UUID won = outcome.get(60, TimeUnit.SECONDS);
                    if (won != null) {
                        winners.add(won);
                    }
                }

                assertThat(winners).as("winners in round %d", round).hasSize(1);
                assertThat(repository().find(tenant.id(), key).map(IdempotencyRecord::claimId))
                        .contains(winners.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One request: its own entity manager and committed transaction, started once every racer is ready. */
    private static Callable<UUID> racer(
            EntityManagerFactory server, IdempotencyKey key, Attempt attempt, CountDownLatch ready, CountDownLatch go) {
        return () -> {
            EntityManager em = server.createEntityManager();
            try {
                JpaIdempotencyRepository repository = new JpaIdempotencyRepository(em);
                ready.countDown();
                if (!go.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the race never started");
                }
                return new EntityTransactionUnitOfWork(em).inTransaction(() -> attempt.attempt(repository, key));
            } finally {
                em.close();
            }
        };
    }
}
