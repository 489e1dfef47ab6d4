package dev.dossier.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTest {
    private static final TenantId TENANT = TenantId.generate();
    private static final Instant UPLOADED = Instant.parse("2025-01-10T09:00:00Z");
    private static final Instant DECIDED = Instant.parse("2025-01-11T10:30:00Z");
    private static final String SHA = "a".repeat(64);

    private static StoredFile file() {
        return new StoredFile(
                FileName.sanitize("passport.pdf"), "application/pdf", 1234, SHA, StorageKey.generate(TENANT));
    }

    private static Document upload(DocumentOwner owner, Classification classification, LocalDate expiry) {
        return Document.upload(
                DocumentId.generate(),
                TENANT,
                owner,
                file(),
                "Passport",
                classification,
                "uploader@example.com",
                expiry,
                UPLOADED);
    }

    private static Document pending() {
        return upload(DocumentOwner.library(), null, null);
    }

    private static Document pendingExpiringOn(LocalDate expiry) {
        return upload(DocumentOwner.library(), null, expiry);
    }

    private static Document verified() {
        Document d = pending();
        d.verify("reviewer@example.com", DECIDED);
        return d;
    }

    private static Document rejected() {
        Document d = pending();
        d.reject("reviewer@example.com", "blurry scan", DECIDED);
        return d;
    }

    @Nested
    class Upload {
        @Test
        void givenLibraryOwnerAndNoClassification_whenUploaded_thenTenantPrivate() {
            assertThat(upload(DocumentOwner.library(), null, null).classification())
                    .isEqualTo(Classification.TENANT_PRIVATE);
        }

        @Test
        void givenEntityOwnerAndNoClassification_whenUploaded_thenEntityPrivate() {
            assertThat(upload(DocumentOwner.entity(EntityId.generate()), null, null)
                            .classification())
                    .isEqualTo(Classification.ENTITY_PRIVATE);
        }

        @Test
        void givenExplicitClassification_whenUploaded_thenKept() {
            assertThat(upload(DocumentOwner.library(), Classification.CONFIDENTIAL, null)
                            .classification())
                    .isEqualTo(Classification.CONFIDENTIAL);
            assertThat(upload(DocumentOwner.entity(EntityId.generate()), Classification.SHARED, null)
                            .classification())
                    .isEqualTo(Classification.SHARED);
        }

        @Test
        void givenUpload_thenPendingWithoutDecision_andTimesAreNow() {
            Document d = pending();
            assertThat(d.review()).isEqualTo(Review.pending());
            assertThat(d.review().decidedAt()).isNull();
            assertThat(d.review().decidedBy()).isNull();
            assertThat(d.review().rejectionReason()).isNull();
            assertThat(d.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(VerificationStatus.PENDING);
            assertThat(d.createdAt()).isEqualTo(UPLOADED);
            assertThat(d.updatedAt()).isEqualTo(UPLOADED);
            assertThat(d.uploadedBy()).isEqualTo("uploader@example.com");
            assertThat(d.tenantId()).isEqualTo(TENANT);
        }

        @Test
        void givenLabel_whenUploaded_thenBusinessTypeDerivedFromIt() {
            Document d = Document.upload(
                    DocumentId.generate(),
                    TENANT,
                    DocumentOwner.library(),
                    file(),
                    "Bank Statement",
                    null,
                    "u@example.com",
                    null,
                    UPLOADED);
            assertThat(d.businessType()).isEqualTo(BusinessType.BANK_STATEMENT);
            assertThat(d.documentType()).isEqualTo("Bank Statement");
        }

        @Test
        void givenLabelWithSurroundingSpace_whenUploaded_thenStripped() {
            Document d = Document.upload(
                    DocumentId.generate(),
                    TENANT,
                    DocumentOwner.library(),
                    file(),
                    "  Tax Return \t",
                    null,
                    "u@example.com",
                    null,
                    UPLOADED);
            assertThat(d.documentType()).isEqualTo("Tax Return");
            assertThat(d.businessType()).isEqualTo(BusinessType.TAX_FORM);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t"})
        void givenMissingLabel_whenUploaded_thenRefusedOnDocumentType(String label) {
            assertThatThrownBy(() -> Document.upload(
                            DocumentId.generate(),
                            TENANT,
                            DocumentOwner.library(),
                            file(),
                            label,
                            null,
                            "u@example.com",
                            null,
                            UPLOADED))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("document_type");
                        assertThat(e.getMessage()).isEqualTo("This field is required.");
                    });
        }

        @Test
        void givenLabelOf256Characters_whenUploaded_thenRefusedOnDocumentType() {
            assertThat(Document.validDocumentType("x".repeat(255))).hasSize(255);
            assertThatThrownBy(() -> Document.validDocumentType("x".repeat(256)))
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("document_type"));
        }

        @Test
        void givenExpiryDate_whenUploaded_thenExposed() {
            LocalDate expiry = LocalDate.of(2031, 5, 1);
            assertThat(pendingExpiringOn(expiry).expiryDate()).contains(expiry);
            assertThat(pending().expiryDate()).isEmpty();
        }

        @Test
        void givenOwner_thenOwnedByItAndNoOther() {
            EntityId entity = EntityId.generate();
            Document d = upload(DocumentOwner.entity(entity), null, null);
            assertThat(d.isOwnedBy(DocumentOwner.entity(entity))).isTrue();
            assertThat(d.isOwnedBy(DocumentOwner.entity(EntityId.generate()))).isFalse();
            assertThat(d.isOwnedBy(DocumentOwner.library())).isFalse();
            assertThat(pending().isOwnedBy(DocumentOwner.library())).isTrue();
        }

        @Test
        void givenConfidentialClassification_thenConfidential_otherwiseNot() {
            assertThat(upload(DocumentOwner.library(), Classification.CONFIDENTIAL, null)
                            .isConfidential())
                    .isTrue();
            assertThat(upload(DocumentOwner.library(), Classification.SHARED, null)
                            .isConfidential())
                    .isFalse();
            assertThat(pending().isConfidential()).isFalse();
        }
    }

    @Nested
    class ReviewLifecycle {
        @Test
        void givenPending_whenVerified_thenVerifiedWithWhenAndWho() {
            Document d = pending();
            d.verify("reviewer@example.com", DECIDED);
            assertThat(d.review().status()).isEqualTo(VerificationStatus.VERIFIED);
            assertThat(d.review().decidedAt()).isEqualTo(DECIDED);
            assertThat(d.review().decidedBy()).isEqualTo("reviewer@example.com");
            assertThat(d.review().rejectionReason()).isNull();
            assertThat(d.updatedAt()).isEqualTo(DECIDED);
            assertThat(d.createdAt()).isEqualTo(UPLOADED);
        }

        @Test
        void givenPending_whenRejected_thenRejectedWithWhenWhoAndWhy() {
            Document d = pending();
            d.reject("reviewer@example.com", "  blurry scan ", DECIDED);
            assertThat(d.review().status()).isEqualTo(VerificationStatus.REJECTED);
            assertThat(d.review().decidedAt()).isEqualTo(DECIDED);
            assertThat(d.review().decidedBy()).isEqualTo("reviewer@example.com");
            assertThat(d.review().rejectionReason()).isEqualTo("blurry scan");
            assertThat(d.updatedAt()).isEqualTo(DECIDED);
        }

        @Test
        void givenVerified_whenVerifiedAgain_thenRefusedNamingVerifiedToVerified() {
            Document d = verified();
            assertThatThrownBy(() -> d.verify("other@example.com", DECIDED.plusSeconds(60)))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo(VerificationStatus.VERIFIED);
                        assertThat(e.to()).isEqualTo(VerificationStatus.VERIFIED);
                        assertThat(e.getMessage()).isEqualTo("A verified document cannot become verified.");
                    });
            assertUnchanged(d, VerificationStatus.VERIFIED);
        }

        @Test
        void givenVerified_whenRejected_thenRefusedNamingVerifiedToRejected() {
            Document d = verified();
            assertThatThrownBy(() -> d.reject("other@example.com", "changed my mind", DECIDED.plusSeconds(60)))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo(VerificationStatus.VERIFIED);
                        assertThat(e.to()).isEqualTo(VerificationStatus.REJECTED);
                        assertThat(e.getMessage()).isEqualTo("A verified document cannot become rejected.");
                    });
            assertUnchanged(d, VerificationStatus.VERIFIED);
        }

        @Test
        void givenRejected_whenVerified_thenRefusedNamingRejectedToVerified() {
            Document d = rejected();
            assertThatThrownBy(() -> d.verify("other@example.com", DECIDED.plusSeconds(60)))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo(VerificationStatus.REJECTED);
                        assertThat(e.to()).isEqualTo(VerificationStatus.VERIFIED);
                        assertThat(e.getMessage()).isEqualTo("A rejected document cannot become verified.");
                    });
            assertUnchanged(d, VerificationStatus.REJECTED);
            assertThat(d.review().rejectionReason()).isEqualTo("blurry scan");
        }

        @Test
        void givenRejected_whenRejectedAgain_thenRefusedNamingRejectedToRejected() {
            Document d = rejected();
            assertThatThrownBy(() -> d.reject("other@example.com", "still blurry", DECIDED.plusSeconds(60)))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo(VerificationStatus.REJECTED);
                        assertThat(e.to()).isEqualTo(VerificationStatus.REJECTED);
                    });
            assertUnchanged(d, VerificationStatus.REJECTED);
            assertThat(d.review().rejectionReason()).isEqualTo("blurry scan");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "\n"})
        void givenPending_whenRejectedWithoutReason_thenRefusedOnReason_andStillPending(String reason) {
            Document d = pending();
            assertThatThrownBy(() -> d.reject("reviewer@example.com", reason, DECIDED))
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("reason"));
            assertThat(d.review()).isEqualTo(Review.pending());
            assertThat(d.updatedAt()).isEqualTo(UPLOADED);
        }

        private void assertUnchanged(Document d, VerificationStatus status) {
            assertThat(d.review().status()).isEqualTo(status);
            assertThat(d.review().decidedAt()).isEqualTo(DECIDED);
            assertThat(d.review().decidedBy()).isEqualTo("reviewer@example.com");
            assertThat(d.updatedAt()).isEqualTo(DECIDED);
        }
    }

    @Nested
    class StatusOnADay {
        private final LocalDate today = LocalDate.of(2025, 6, 15);

        @Test
        void givenVerifiedWithExpiryBeforeToday_thenReadsExpired() {
            Document d = pendingExpiringOn(today.minusDays(1));
            d.verify("r@example.com", DECIDED);
            assertThat(d.statusOn(today)).isEqualTo(VerificationStatus.EXPIRED);
            // expired is derived, never stored
            assertThat(d.review().status()).isEqualTo(VerificationStatus.VERIFIED);
        }

        @Test
        void givenVerifiedWithExpiryToday_thenStillVerified() {
            Document d = pendingExpiringOn(today);
            d.verify("r@example.com", DECIDED);
            assertThat(d.statusOn(today)).isEqualTo(VerificationStatus.VERIFIED);
            assertThat(d.statusOn(today.plusDays(1))).isEqualTo(VerificationStatus.EXPIRED);
        }

        @Test
        void givenVerifiedWithExpiryAfterToday_thenVerified() {
            Document d = pendingExpiringOn(today.plusYears(1));
            d.verify("r@example.com", DECIDED);
            assertThat(d.statusOn(today)).isEqualTo(VerificationStatus.VERIFIED);
        }

        @Test
        void givenPendingPastExpiry_thenStillPending() {
            assertThat(pendingExpiringOn(today.minusYears(1)).statusOn(today)).isEqualTo(VerificationStatus.PENDING);
        }

        @Test
        void givenRejectedPastExpiry_thenStillRejected() {
            Document d = pendingExpiringOn(today.minusYears(1));
            d.reject("r@example.com", "expired passport", DECIDED);
            assertThat(d.statusOn(today)).isEqualTo(VerificationStatus.REJECTED);
        }

        @Test
        void givenVerifiedWithoutExpiry_thenVerifiedForever() {
            Document d = verified();
            assertThat(d.statusOn(LocalDate.of(2999, 12, 31))).isEqualTo(VerificationStatus.VERIFIED);
        }
    }

    @Nested
    class Deletion {
        @Test
        void givenReferencedDocument_whenDeleted_thenRefused() {
            assertThatThrownBy(() -> pending().requireDeletable(true))
                    .isInstanceOf(DocumentReferencedException.class)
                    .hasMessage("This document is referenced in one or more responses.");
        }

        @Test
        void givenUnreferencedDocument_whenDeleted_thenAllowed() {
            assertThatCode(() -> verified().requireDeletable(false)).doesNotThrowAnyException();
        }
    }

    @Nested
    class Reconstitution {
        @Test
        void givenStoredValues_whenReconstituted_thenKeptExactly_withoutUploadRules() {
            DocumentId id = DocumentId.generate();
            Review review = new Review(VerificationStatus.REJECTED, DECIDED, "r@example.com", "why");
            Document d = Document.reconstitute(
                    id,
                    TENANT,
                    DocumentOwner.library(),
                    file(),
                    "Bank Statement",
                    BusinessType.OTHER,
                    Classification.SHARED,
                    "u@example.com",
                    UPLOADED,
                    DECIDED,
                    null,
                    review);
            assertThat(d.id()).isEqualTo(id);
            // the stored business type wins over the one the label would give
            assertThat(d.businessType()).isEqualTo(BusinessType.OTHER);
            assertThat(d.classification()).isEqualTo(Classification.SHARED);
            assertThat(d.review()).isEqualTo(review);
            assertThat(d.updatedAt()).isEqualTo(DECIDED);
        }
    }
}
