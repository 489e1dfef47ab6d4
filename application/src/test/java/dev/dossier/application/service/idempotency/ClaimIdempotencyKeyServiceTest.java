package dev.dossier.application.service.idempotency;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.IdempotencyConflictException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryIdempotencyRepository;
import dev.dossier.application.fakes.MutableTimeSource;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.idempotency.ClaimIdempotencyKeyCommand;
import dev.dossier.application.port.in.idempotency.IdempotencyClaim;
import dev.dossier.domain.idempotency.IdempotencyKey;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.idempotency.RecordedResponse;
import dev.dossier.domain.idempotency.RequestFingerprint;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimIdempotencyKeyServiceTest {
    private static final RequestFingerprint UPLOAD_A = fingerprint("upload a.pdf");
    private static final RequestFingerprint UPLOAD_B = fingerprint("upload b.pdf");
    private static final RecordedResponse CREATED = new RecordedResponse(201, "{\"id\":\"d-1\"}");

    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final InMemoryIdempotencyRepository records = new InMemoryIdempotencyRepository();
    private final MutableTimeSource time = new MutableTimeSource(NOW);
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final ClaimIdempotencyKeyService service = new ClaimIdempotencyKeyService(records, time, tx);
    /** How often the guarded work really ran. */
    private final AtomicInteger executions = new AtomicInteger();

    private static RequestFingerprint fingerprint(String request) {
        return RequestFingerprint.builder().part("request", request).build();
    }

    /** What the REST helper does: claim, run the work unless replayed, settle with its answer. */
    private RecordedResponse send(Caller who, String key, RequestFingerprint request, RecordedResponse answer) {
        IdempotencyClaim claim = service.claim(new ClaimIdempotencyKeyCommand(who, key, request));
        if (claim instanceof IdempotencyClaim.Replay replay) {
            return replay.response();
        }
        executions.incrementAndGet();
        service.settle(((IdempotencyClaim.Proceed) claim).record(), answer);
        return answer;
    }

    private IdempotencyRecord proceed(Caller who, String key, RequestFingerprint request) {
        IdempotencyClaim claim = service.claim(new ClaimIdempotencyKeyCommand(who, key, request));
        assertThat(claim).isInstanceOf(IdempotencyClaim.Proceed.class);
        return ((IdempotencyClaim.Proceed) claim).record();
    }

    @Test
    void givenNewKey_whenClaimed_thenProceedsAndAnInFlightRecordIsCommittedFirst() {
        IdempotencyRecord claim = proceed(caller, "key-1", UPLOAD_A);

        assertThat(claim.tenantId()).isEqualTo(tenant);
        assertThat(claim.key()).isEqualTo(new IdempotencyKey("key-1"));
        assertThat(claim.fingerprint()).isEqualTo(UPLOAD_A);
        assertThat(claim.createdAt()).isEqualTo(NOW);
        assertThat(claim.isCompleted()).isFalse();
        assertThat(records.all()).containsExactly(claim);
        assertThat(tx.isActive()).isFalse();
    }

    @Test
    void givenCompletedRequest_whenSameRequestRepeated_thenItsAnswerIsReplayedAndNothingIsWritten() {
        send(caller, "key-1", UPLOAD_A, CREATED);
        List<IdempotencyRecord> before = records.all();
        time.advance(Duration.ofHours(1));

        RecordedResponse replayed = send(caller, "key-1", UPLOAD_A, new RecordedResponse(201, "{\"id\":\"d-2\"}"));

        assertThat(replayed).isEqualTo(CREATED);
        assertThat(executions).hasValue(1);
        assertThat(records.all()).isEqualTo(before);
        assertThat(before.get(0).response()).isEqualTo(CREATED);
        assertThat(before.get(0).completedAt()).isEqualTo(NOW);
    }

    @Test
    void givenCompletedRequest_whenADifferentRequestUsesTheKey_thenRefusedAsDifferentRequestAndTheRecordKept() {
        send(caller, "key-1", UPLOAD_A, CREATED);
        List<IdempotencyRecord> before = records.all();

        assertThatThrownBy(() -> send(caller, "key-1", UPLOAD_B, CREATED))
                .isInstanceOfSatisfying(IdempotencyConflictException.class, e -> {
                    assertThat(e.reason()).isEqualTo(IdempotencyConflictException.Reason.DIFFERENT_REQUEST);
                    assertThat(e.getMessage())
                            .isEqualTo("This Idempotency-Key was already used for a different "
                                    + "request. Use a new key for a new request.");
                });
        assertThat(executions).hasValue(1);
        assertThat(records.all()).isEqualTo(before);
    }

    @Test
    void givenRequestStillRunning_whenRepeated_thenRefusedAsInFlight() {
        IdempotencyRecord running = proceed(caller, "key-1", UPLOAD_A);
        time.advance(Duration.ofMinutes(4));

        assertThatThrownBy(() -> send(caller, "key-1", UPLOAD_A, CREATED))
                .isInstanceOfSatisfying(
                        IdempotencyConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(IdempotencyConflictException.Reason.IN_FLIGHT));
        assertThat(executions).hasValue(0);

        // once the first finishes, the repeat replays its answer
        service.settle(running, CREATED);
        assertThat(send(caller, "key-1", UPLOAD_A, new RecordedResponse(201, "{}")))
                .isEqualTo(CREATED);
        assertThat(executions).hasValue(0);
    }

    @Test
    void givenRequestStillRunning_whenADifferentRequestUsesTheKey_thenRefusedAsDifferentRequest() {
        proceed(caller, "key-1", UPLOAD_A);

        assertThatThrownBy(() -> send(caller, "key-1", UPLOAD_B, CREATED))
                .isInstanceOfSatisfying(
                        IdempotencyConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(IdempotencyConflictException.Reason.DIFFERENT_REQUEST));
    }

    @Test
    void givenRecordOlderThan24Hours_whenTheKeyIsUsedAgain_thenTheRequestRunsAfresh() {
        send(caller, "key-1", UPLOAD_A, CREATED);
        time.advance(Duration.ofHours(24));

        RecordedResponse second = new RecordedResponse(201, "{\"id\":\"d-2\"}");
        assertThat(send(caller, "key-1", UPLOAD_B, second)).isEqualTo(second);

        assertThat(executions).hasValue(2);
        assertThat(records.all()).singleElement().satisfies(r -> {
            assertThat(r.fingerprint()).isEqualTo(UPLOAD_B);
            assertThat(r.createdAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
            assertThat(r.response()).isEqualTo(second);
        });
    }

    @Test
    void givenRecordJustUnder24HoursOld_whenRepeated_thenStillReplayed() {
        send(caller, "key-1", UPLOAD_A, CREATED);
        time.advance(Duration.ofHours(24).minusMillis(1));

        assertThat(send(caller, "key-1", UPLOAD_A, new RecordedResponse(201, "{}")))
                .isEqualTo(CREATED);
        assertThat(executions).hasValue(1);
    }

    @Test
    void givenClaimAbandonedByACrashedServer_whenRepeatedAfterFiveMinutes_thenTakenOverAndTheLateAnswerIgnored() {
        IdempotencyRecord crashed = proceed(caller, "key-1", UPLOAD_A);
        time.advance(IdempotencyRecord.ABANDONED_AFTER);

        assertThat(send(caller, "key-1", UPLOAD_A, CREATED)).isEqualTo(CREATED);
        assertThat(executions).hasValue(1);

        // the presumed-dead server finishes after all: it must not overwrite the recorded answer
        service.settle(crashed, new RecordedResponse(201, "{\"id\":\"late\"}"));
        assertThat(records.all())
                .singleElement()
                .satisfies(r -> assertThat(r.response()).isEqualTo(CREATED));
        assertThat(send(caller, "key-1", UPLOAD_A, new RecordedResponse(201, "{}")))
                .isEqualTo(CREATED);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void givenServerError_whenSettled_thenNothingIsRecordedAndARetryRuns(int status) {
        send(caller, "key-1", UPLOAD_A, new RecordedResponse(status, "{\"error\":\"File upload failed.\"}"));
        assertThat(records.all()).isEmpty();

        assertThat(send(caller, "key-1", UPLOAD_A, CREATED)).isEqualTo(CREATED);
        assertThat(executions).hasValue(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404})
    void givenClientError_whenRepeated_thenTheSameErrorIsReplayed(int status) {
        RecordedResponse refused = new RecordedResponse(status, "{\"detail\":\"No.\"}");
        send(caller, "key-1", UPLOAD_A, refused);

        assertThat(send(caller, "key-1", UPLOAD_A, CREATED)).isEqualTo(refused);
        assertThat(executions).hasValue(1);
    }

    @Test
    void givenReleasedClaim_whenRetried_thenTheRequestRuns() {
        IdempotencyRecord claim = proceed(caller, "key-1", UPLOAD_A);
        service.release(claim);

        assertThat(records.all()).isEmpty();
        assertThat(send(caller, "key-1", UPLOAD_A, CREATED)).isEqualTo(CREATED);
    }

    @Test
    void givenTwoTenants_whenTheyUseTheSameKey_thenEachHasItsOwnRecord() {
        Caller other = Fixtures.caller(TenantId.generate(), Scope.DOCUMENTS);
        RecordedResponse otherAnswer = new RecordedResponse(201, "{\"id\":\"other\"}");
        send(caller, "shared-key", UPLOAD_A, CREATED);

        assertThat(send(other, "shared-key", UPLOAD_B, otherAnswer)).isEqualTo(otherAnswer);
        assertThat(send(other, "shared-key", UPLOAD_B, CREATED)).isEqualTo(otherAnswer);
        assertThat(send(caller, "shared-key", UPLOAD_A, otherAnswer)).isEqualTo(CREATED);
        assertThat(executions).hasValue(2);
        assertThat(records.all()).hasSize(2);
    }

    @Test
    void givenKeyWithSurroundingBlanks_whenClaimed_thenTheBlanksDoNotCount() {
        send(caller, "key-1", UPLOAD_A, CREATED);

        assertThat(send(caller, "  key-1 ", UPLOAD_A, new RecordedResponse(201, "{}")))
                .isEqualTo(CREATED);
    }

    @Test
    void givenKeyOf255Characters_whenClaimed_thenAccepted() {
        assertThat(send(caller, "k".repeat(255), UPLOAD_A, CREATED)).isEqualTo(CREATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a\u0000b", "tab\tinside", "line\nbreak", "del\u007f"})
    void givenBlankOrControlCharacterKey_whenClaimed_thenValidationErrorOnTheHeaderAndNothingStored(String key) {
        assertThatThrownBy(() -> send(caller, key, UPLOAD_A, CREATED))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("Idempotency-Key"));
        assertThat(records.all()).isEmpty();
        assertThat(executions).hasValue(0);
    }

    @Test
    void givenKeyLongerThan255Characters_whenClaimed_thenValidationErrorNamingTheLimit() {
        assertThatThrownBy(() -> send(caller, "k".repeat(256), UPLOAD_A, CREATED))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(Map.entry(
                                        "Idempotency-Key",
                                        List.of("Ensure this header has no more than 255 characters."))));
        assertThat(records.all()).isEmpty();
    }

    @Test
    void givenExpiredRecords_whenKeysAreClaimed_thenTheyArePurgedAtMostEveryTenMinutes() {
        send(caller, "old-1", UPLOAD_A, CREATED);
        send(caller, "old-2", UPLOAD_A, CREATED);
        int purgesSoFar = records.purges();
        time.advance(Duration.ofHours(25));

        send(caller, "new-1", UPLOAD_A, CREATED);
        assertThat(records.all()).extracting(r -> r.key().value()).containsExactly("new-1");
        assertThat(records.purges()).isEqualTo(purgesSoFar + 1);

        time.advance(Duration.ofMinutes(9));
        send(caller, "new-2", UPLOAD_A, CREATED);
        assertThat(records.purges()).isEqualTo(purgesSoFar + 1);

        time.advance(Duration.ofMinutes(1));
        send(caller, "new-3", UPLOAD_A, CREATED);
        assertThat(records.purges()).isEqualTo(purgesSoFar + 2);
    }

    @Test
    void givenPurgeFails_whenAKeyIsClaimed_thenTheRequestStillProceeds() {
        records.failPurgesWith(new IllegalStateException("database busy"));

        assertThat(send(caller, "key-1", UPLOAD_A, CREATED)).isEqualTo(CREATED);
        assertThat(records.all()).hasSize(1);
    }

    @Test
    void givenIdenticalRequestsAtOnce_whenClaimed_thenExactlyOneRunsAndTheOthersAreInFlightOrReplayed()
            throws Exception {
        int racers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        return CREATED.equals(send(caller, "race", UPLOAD_A, CREATED)) ? "answered" : "other";
                    } catch (IdempotencyConflictException e) {
                        return e.reason().name();
                    }
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }

            assertThat(executions).hasValue(1);
            assertThat(results).isSubsetOf("answered", "IN_FLIGHT").contains("answered");
            assertThat(records.all())
                    .singleElement()
                    .satisfies(r -> assertThat(r.response()).isEqualTo(CREATED));
        } finally {
            pool.shutdownNow();
        }
    }
}
