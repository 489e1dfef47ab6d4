package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.IdempotencyConflictException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.idempotency.ClaimIdempotencyKeyCommand;
import dev.dossier.application.port.in.idempotency.IdempotencyClaim;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.idempotency.ClaimIdempotencyKeyService;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.idempotency.RecordedResponse;
import dev.dossier.domain.idempotency.RequestFingerprint;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.Tenant;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A keyed request whose server dies while it runs: the repeat is refused (409) while the first still
 * runs, and taken over at once after it died, with nothing of the dead request's work recorded.
 */
class PostgresIdempotencyCrashIT extends PersistenceContractTest {
    private static final RequestFingerprint UPLOAD =
            RequestFingerprint.builder().part("body", "upload").build();
    private static final RecordedResponse CREATED = new RecordedResponse(201, "{\"id\":\"doc_1\"}");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final ExecutorService server1 = Executors.newSingleThreadExecutor();
    private EntityManager server1Em;

    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }

    @AfterEach
    void stopServer() {
        server1.shutdownNow();
        if (server1Em != null) {
            server1Em.close();
        }
    }

    @Test
    void givenKeyedRequestWhoseServerDies_whenRetried_thenRunsAgainAtOnceAndIsRecordedWithItsWork() throws Exception {
        Tenant tenant = givenTenant();
        ClaimIdempotencyKeyCommand command = new ClaimIdempotencyKeyCommand(
                new Caller(tenant.id(), ApiKeyId.generate(), "crash@example.com", Set.of(Scope.DOCUMENTS)),
                "upload-after-crash",
                UPLOAD);
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch die = new CountDownLatch(1);

        // server 1 claims the key and starts the work, which never finishes: its server dies
        Future<?> first = server1.submit(() -> {
            server1Em = database().entityManagerFactory("server-1").createEntityManager();
            ClaimIdempotencyKeyService service = service(server1Em);
            IdempotencyRecord claim = ((IdempotencyClaim.Proceed) service.claim(command)).record();
            return service.runHolding(
                    claim,
                    () -> {
                        working.countDown();
                        await(die);
                        throw new IllegalStateException("killed");
                    },
                    r -> Optional.of(CREATED));
        });
        assertThat(working.await(30, TimeUnit.SECONDS)).isTrue();
        ClaimIdempotencyKeyService server2 = service(em);
        now.set(T0.plus(Duration.ofSeconds(30)));

        assertThatThrownBy(() -> server2.claim(command))
                .isInstanceOfSatisfying(
                        IdempotencyConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(IdempotencyConflictException.Reason.IN_FLIGHT));

        die.countDown(); // its transaction ends without settling the claim, as a closed connection does
        assertThatThrownBy(() -> first.get(30, TimeUnit.SECONDS)).hasRootCauseMessage("killed");

        IdempotencyClaim retry = server2.claim(command);
        assertThat(retry).isInstanceOf(IdempotencyClaim.Proceed.class);
        IdempotencyRecord taken = ((IdempotencyClaim.Proceed) retry).record();
        assertThat(server2.runHolding(taken, () -> "created", r -> Optional.of(CREATED)))
                .isEqualTo("created");
        assertThat(server2.claim(command)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
    }

    /** The service as a server runs it: a persistence context per transaction, as the container's is. */
    private ClaimIdempotencyKeyService service(EntityManager serverEm) {
        UnitOfWork perTransaction = new UnitOfWork() {
            private final UnitOfWork tx = new EntityTransactionUnitOfWork(serverEm);

            @Override
            public <T> T inTransaction(Supplier<T> work) {
                try {
                    return tx.inTransaction(work);
                } finally {
                    if (!serverEm.getTransaction().isActive()) {
                        serverEm.clear();
                    }
                }
            }
        };
        return new ClaimIdempotencyKeyService(new JpaIdempotencyRepository(serverEm), now::get, perTransaction);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
