package dev.dossier.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (status as read today, decision) pair of the review lifecycle, and the events it yields. */
class ReviewLifecycleTest {
    private static final TenantId TENANT = TenantId.generate();
    private static final Instant UPLOADED = Instant.parse("2025-01-10T09:00:00Z");
    private static final Instant DECIDED = Instant.parse("2025-01-11T10:30:00Z");
    private static final Instant LATER = Instant.parse("2025-03-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    enum Decision {
        VERIFY,
        REJECT
    }

    private static Document inState(VerificationStatus status) {
        LocalDate expiry = status == VerificationStatus.EXPIRED ? TODAY.minusDays(1) : TODAY.plusYears(1);
        Document d = Document.upload(
                DocumentId.generate(),
                TENANT,
                DocumentOwner.library(),
                new StoredFile(
                        FileName.sanitize("id.pdf"),
                        "application/pdf",
                        10,
                        "b".repeat(64),
                        StorageKey.generate(TENANT)),
                "Passport",
                null,
                "uploader@example.com",
                expiry,
                UPLOADED);
        switch (status) {
            case VERIFIED, EXPIRED -> d.verify("first@example.com", DECIDED);
            case REJECTED -> d.reject("first@example.com", "blurry scan", DECIDED);
            default -> {}
        }
        assertThat(d.statusOn(TODAY)).isEqualTo(status);
        return d;
    }

    private static ReviewEvent decide(Document d, Decision decision) {
        return decision == Decision.VERIFY
                ? d.verify("second@example.com", LATER)
                : d.reject("second@example.com", "wrong person", LATER);
    }

    static Stream<Arguments> refusedPairs() {
        return Stream.of(VerificationStatus.VERIFIED, VerificationStatus.REJECTED, VerificationStatus.EXPIRED)
                .flatMap(s -> Stream.of(Decision.values()).map(d -> Arguments.of(s, d)));
    }

    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("refusedPairs")
    void givenDecidedDocument_whenDecidedAgain_thenRefusedAndUnchanged(VerificationStatus state, Decision decision) {
        Document d = inState(state);
        Review before = d.review();
        VerificationStatus target =
                decision == Decision.VERIFY ? VerificationStatus.VERIFIED : VerificationStatus.REJECTED;
        VerificationStatus stored = state == VerificationStatus.EXPIRED ? VerificationStatus.VERIFIED : state;

        assertThatThrownBy(() -> decide(d, decision)).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.from()).isEqualTo(stored);
            assertThat(e.to()).isEqualTo(target);
            assertThat(e.getMessage())
                    .isEqualTo("A " + stored.wireName() + " document cannot become " + target.wireName() + ".");
        });
        assertThat(d.review()).isEqualTo(before);
        assertThat(d.updatedAt()).isEqualTo(DECIDED);
        assertThat(d.statusOn(TODAY)).isEqualTo(state);
    }

    @Test
    void givenPending_whenVerified_thenReadsVerifiedAndYieldsPendingToVerifiedEvent() {
        Document d = inState(VerificationStatus.PENDING);
        ReviewEvent event = decide(d, Decision.VERIFY);
        assertThat(d.statusOn(TODAY)).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(event.tenantId()).isEqualTo(TENANT);
        assertThat(event.documentId()).isEqualTo(d.id());
        assertThat(event.from()).isEqualTo(VerificationStatus.PENDING);
        assertThat(event.to()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(event.actor()).isEqualTo("second@example.com");
        assertThat(event.reason()).isNull();
        assertThat(event.occurredAt()).isEqualTo(LATER);
    }

    @Test
    void givenPending_whenRejected_thenReadsRejectedAndYieldsEventWithReason() {
        Document d = inState(VerificationStatus.PENDING);
        ReviewEvent event = decide(d, Decision.REJECT);
        assertThat(d.statusOn(TODAY)).isEqualTo(VerificationStatus.REJECTED);
        assertThat(event.from()).isEqualTo(VerificationStatus.PENDING);
        assertThat(event.to()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(event.reason()).isEqualTo("wrong person");
        assertThat(d.review().rejectionReason()).isEqualTo("wrong person");
    }

    @Test
    void givenPendingPastExpiry_whenVerified_thenReadsExpiredAtOnce() {
        Document d = Document.upload(
                DocumentId.generate(),
                TENANT,
                DocumentOwner.library(),
                new StoredFile(
                        FileName.sanitize("id.pdf"),
                        "application/pdf",
                        10,
                        "b".repeat(64),
                        StorageKey.generate(TENANT)),
                "Passport",
                null,
                "u@example.com",
                TODAY.minusDays(1),
                UPLOADED);
        assertThat(d.statusOn(TODAY)).isEqualTo(VerificationStatus.PENDING);
        d.verify("r@example.com", LATER);
        assertThat(d.statusOn(TODAY)).isEqualTo(VerificationStatus.EXPIRED);
    }

    @Test
    void givenVerified_whenRejectedWithoutReason_thenRefusedOnReasonFirst() {
        Document d = inState(VerificationStatus.VERIFIED);
        assertThatThrownBy(() -> d.reject("r@example.com", " ", LATER))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void givenReasonOf2001Characters_whenRejected_thenRefusedOnReason() {
        Document d = inState(VerificationStatus.PENDING);
        assertThatThrownBy(() -> d.reject("r@example.com", "x".repeat(2001), LATER))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(d.review()).isEqualTo(Review.pending());
    }

    @Test
    void givenExpiredStatus_whenUsedInAnEvent_thenRefused() {
        assertThatThrownBy(() -> new ReviewEvent(
                        java.util.UUID.randomUUID(),
                        TENANT,
                        DocumentId.generate(),
                        VerificationStatus.VERIFIED,
                        VerificationStatus.EXPIRED,
                        "r@example.com",
                        null,
                        LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
