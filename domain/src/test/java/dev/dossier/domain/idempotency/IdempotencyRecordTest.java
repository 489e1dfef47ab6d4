package dev.dossier.domain.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.idempotency.IdempotencyRecord.Verdict;
import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyRecordTest {
    private static final Instant T0 = Instant.parse("2025-04-01T10:00:00Z");
    private static final RequestFingerprint A =
            RequestFingerprint.builder().part("body", "a").build();
    private static final RequestFingerprint B =
            RequestFingerprint.builder().part("body", "b").build();
    private static final RecordedResponse CREATED = new RecordedResponse(201, "{}");

    private final IdempotencyRecord inFlight =
            IdempotencyRecord.claim(TenantId.generate(), new IdempotencyKey("k"), A, T0);

    @Test
    void givenInFlightRecord_whenJudged_thenSameRequestIsInFlightAndAnotherIsDifferent() {
        assertThat(inFlight.judge(A, T0.plusSeconds(10))).isEqualTo(Verdict.IN_FLIGHT);
        assertThat(inFlight.judge(B, T0.plusSeconds(10))).isEqualTo(Verdict.DIFFERENT_REQUEST);
    }

    @Test
    void givenCompletedRecord_whenJudged_thenSameRequestReplaysAndAnotherIsDifferent() {
        IdempotencyRecord done = inFlight.complete(CREATED, T0.plusSeconds(1));
        assertThat(done.judge(A, T0.plusSeconds(10))).isEqualTo(Verdict.REPLAY);
        assertThat(done.judge(B, T0.plusSeconds(10))).isEqualTo(Verdict.DIFFERENT_REQUEST);
        assertThat(done.response()).isEqualTo(CREATED);
        assertThat(done.claimId()).isEqualTo(inFlight.claimId());
    }

    @Test
    void givenCompletedRecord_whenJudgedAfter24Hours_thenReusableForAnyRequest() {
        IdempotencyRecord done = inFlight.complete(CREATED, T0.plusSeconds(1));
        Instant later = T0.plus(IdempotencyRecord.RETENTION);
        assertThat(done.judge(A, later.minusNanos(1))).isEqualTo(Verdict.REPLAY);
        assertThat(done.judge(A, later)).isEqualTo(Verdict.REUSABLE);
        assertThat(done.judge(B, later)).isEqualTo(Verdict.REUSABLE);
    }

    @Test
    void givenInFlightRecord_whenJudgedAfterFiveMinutes_thenAbandonedAndReusable() {
        Instant late = T0.plus(IdempotencyRecord.ABANDONED_AFTER);
        assertThat(inFlight.judge(A, late.minusNanos(1))).isEqualTo(Verdict.IN_FLIGHT);
        assertThat(inFlight.isAbandonedAt(late)).isTrue();
        assertThat(inFlight.judge(A, late)).isEqualTo(Verdict.REUSABLE);
        assertThat(inFlight.complete(CREATED, T0.plusSeconds(1)).isAbandonedAt(late.plus(Duration.ofHours(1))))
                .isFalse();
    }

    @Test
    void givenServerError_whenRecorded_thenRefused() {
        assertThatThrownBy(() -> inFlight.complete(new RecordedResponse(500, "{}"), T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenCompletedRecord_whenCompletedAgain_thenRefused() {
        IdempotencyRecord done = inFlight.complete(CREATED, T0);
        assertThatThrownBy(() -> done.complete(CREATED, T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenTwoClaims_thenEachHasItsOwnClaimId() {
        IdempotencyRecord other = IdempotencyRecord.claim(inFlight.tenantId(), inFlight.key(), A, T0);
        assertThat(other.claimId()).isNotEqualTo(inFlight.claimId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a\u0001", "x\ny", "\u0085"})
    void givenBlankOrControlCharacters_whenKeyParsed_thenInvalidOnTheHeader(String raw) {
        assertThatThrownBy(() -> IdempotencyKey.parse(raw))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("Idempotency-Key"));
    }

    @Test
    void givenKeyLengths_whenParsed_then255AcceptedAnd256Refused() {
        assertThat(IdempotencyKey.parse("k".repeat(255)).value()).hasSize(255);
        assertThatThrownBy(() -> IdempotencyKey.parse("k".repeat(256))).isInstanceOf(InvalidValueException.class);
        assertThat(IdempotencyKey.parse(" 7b3f-É-ключ ").value()).isEqualTo("7b3f-É-ключ");
    }

    @Test
    void givenPartsSplitDifferently_whenFingerprinted_thenDifferent() {
        RequestFingerprint ab =
                RequestFingerprint.builder().part("x", "ab").part("y", "c").build();
        RequestFingerprint abc =
                RequestFingerprint.builder().part("x", "a").part("y", "bc").build();
        RequestFingerprint nullValue =
                RequestFingerprint.builder().part("x", null).build();
        RequestFingerprint emptyValue =
                RequestFingerprint.builder().part("x", "").build();
        assertThat(ab).isNotEqualTo(abc);
        assertThat(nullValue).isNotEqualTo(emptyValue);
        assertThat(RequestFingerprint.builder().part("x", "ab").part("y", "c").build())
                .isEqualTo(ab);
    }
}
