package dev.dossier.application.service.business;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.fakes.Audits;
import dev.dossier.application.fakes.CountingOperationsMeter;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.EventAssertions;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.InMemoryDownloadTokenRepository;
import dev.dossier.application.fakes.InMemoryEntityRepository;
import dev.dossier.application.fakes.InMemoryEventOutbox;
import dev.dossier.application.fakes.InMemoryReviewEventRepository;
import dev.dossier.application.fakes.MutableTimeSource;
import dev.dossier.application.fakes.SequenceSecretGenerator;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.business.BusinessDocument;
import dev.dossier.application.port.in.business.BusinessDocumentPage;
import dev.dossier.application.port.in.business.ListBusinessDocumentsQuery;
import dev.dossier.application.port.in.business.ReviewDocumentCommand;
import dev.dossier.application.port.in.business.ReviewDocumentCommand.Decision;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.service.document.DownloadLinkIssuer;
import dev.dossier.application.service.document.IssueDownloadLinkService;
import dev.dossier.domain.document.BusinessType;
import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.IllegalTransitionException;
import dev.dossier.domain.document.ReviewEvent;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessServicesTest {
    private final TenantId tenant = TenantId.generate();
    private final Caller reader = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final Caller reviewer = new Caller(
            tenant,
            dev.dossier.domain.tenant.ApiKeyId.generate(),
            "reviewer@example.com",
            java.util.Set.of(Scope.REVIEW));
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryEntityRepository entities = new InMemoryEntityRepository();
    private final InMemoryContentStore store = new InMemoryContentStore();
    private final InMemoryReviewEventRepository events = new InMemoryReviewEventRepository();
    private final MutableTimeSource time = new MutableTimeSource(NOW);
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final ListBusinessDocumentsService list = new ListBusinessDocumentsService(documents, entities, time, tx);
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final ReviewDocumentService review =
            new ReviewDocumentService(documents, events, time, tx, Audits.unobserved(), outbox);
    private final ReviewHistoryService history = new ReviewHistoryService(documents, events, tx);
    private final GetBusinessDocumentService get = new GetBusinessDocumentService(
            new IssueDownloadLinkService(
                    documents,
                    new DownloadLinkIssuer(
                            new InMemoryDownloadTokenRepository(),
                            new SequenceSecretGenerator(),
                            time,
                            dev.dossier.application.fakes.Audits.unobserved(),
                            new CountingOperationsMeter()),
                    tx),
            time);
    private Entity business;

    @BeforeEach
    void setUp() {
        business = Fixtures.entity(entities, tenant, "Acme Ltd", NOW.minusSeconds(3600));
    }

    private Document doc(String label, int minutesAgo) {
        return Fixtures.storedDocument(
                documents,
                store,
                tenant,
                DocumentOwner.entity(business.id()),
                label,
                null,
                NOW.minusSeconds(60L * minutesAgo));
    }

    private DocumentRef ref(Caller caller, Document d) {
        return new DocumentRef(caller, DocumentOwner.entity(business.id()), d.id());
    }

    private ListBusinessDocumentsQuery query(BusinessType type, VerificationStatus status, int limit, int offset) {
        return new ListBusinessDocumentsQuery(
                reader, business.id(), Optional.ofNullable(type), Optional.ofNullable(status), limit, offset);
    }

    @Nested
    class Listing {
        @Test
        void givenSevenDocuments_whenPagedByThree_thenNewestFirstPagesAndTotalAgree() {
            List<Document> docs = java.util.stream.IntStream.range(0, 7)
                    .mapToObj(i -> doc("Passport", i))
                    .toList();
            BusinessDocumentPage first = list.list(query(null, null, 3, 0));
            BusinessDocumentPage last = list.list(query(null, null, 3, 6));
            BusinessDocumentPage beyond = list.list(query(null, null, 3, 7));

            assertThat(first.totalCount()).isEqualTo(7);
            assertThat(first.documents())
                    .extracting(b -> b.document().id())
                    .containsExactly(
                            docs.get(0).id(), docs.get(1).id(), docs.get(2).id());
            assertThat(last.documents())
                    .extracting(b -> b.document().id())
                    .containsExactly(docs.get(6).id());
            assertThat(beyond.totalCount()).isEqualTo(7);
            assertThat(beyond.documents()).isEmpty();
            assertThat(first.limit()).isEqualTo(3);
            assertThat(last.offset()).isEqualTo(6);
        }

        @Test
        void givenPagesInTheBackHalf_whenListed_thenReadFromTheOldestEndAndTheSameAsNewestFirst() {
            List<DocumentId> newestFirst = java.util.stream.IntStream.range(0, 7)
                    .mapToObj(i -> doc("Passport", i).id())
                    .toList();

            for (int limit = 1; limit <= 8; limit++) {
                for (int offset = 0; offset <= 8; offset++) {
                    List<DocumentId> expected = newestFirst.subList(Math.min(offset, 7), Math.min(offset + limit, 7));
                    assertThat(list.list(query(null, null, limit, offset)).documents())
                            .as("limit %d offset %d", limit, offset)
                            .extracting(b -> b.document().id())
                            .containsExactlyElementsOf(expected);
                }
            }
            int before = documents.oldestFirstReads();
            list.list(query(null, null, 3, 0));
            assertThat(documents.oldestFirstReads()).isEqualTo(before);
            list.list(query(null, null, 3, 6));
            assertThat(documents.oldestFirstReads()).isEqualTo(before + 1);
        }

        @Test
        void givenTypeAndStatusFilters_whenListed_thenOnlyMatchesCountAndExpiredIsDerived() {
            Document passport = doc("Passport", 1);
            Document statement = doc("Bank Statement", 2);
            doc("Passport", 3);
            Document expiring = Document.upload(
                    dev.dossier.domain.document.DocumentId.generate(),
                    tenant,
                    DocumentOwner.entity(business.id()),
                    passport.file(),
                    "Driver's License",
                    null,
                    "u@example.com",
                    NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1),
                    NOW.minusSeconds(600));
            documents.save(expiring);
            review.review(new ReviewDocumentCommand(ref(reviewer, passport), Decision.VERIFY, null));
            review.review(new ReviewDocumentCommand(ref(reviewer, expiring), Decision.VERIFY, null));
            review.review(new ReviewDocumentCommand(ref(reviewer, statement), Decision.REJECT, "blurry"));

            BusinessDocumentPage verifiedIds =
                    list.list(query(BusinessType.IDENTIFICATION, VerificationStatus.VERIFIED, 50, 0));
            assertThat(verifiedIds.totalCount()).isEqualTo(2);

            time.advance(Duration.ofDays(2));
            BusinessDocumentPage expired = list.list(query(null, VerificationStatus.EXPIRED, 50, 0));
            assertThat(expired.totalCount()).isEqualTo(1);
            assertThat(expired.documents())
                    .extracting(BusinessDocument::status)
                    .containsExactly(VerificationStatus.EXPIRED);
            assertThat(list.list(query(BusinessType.IDENTIFICATION, VerificationStatus.VERIFIED, 50, 0))
                            .totalCount())
                    .isEqualTo(1);
            assertThat(list.list(query(BusinessType.BANK_STATEMENT, VerificationStatus.REJECTED, 50, 0))
                            .totalCount())
                    .isEqualTo(1);
            assertThat(list.list(query(BusinessType.BANK_STATEMENT, VerificationStatus.PENDING, 50, 0))
                            .totalCount())
                    .isZero();
            assertThat(list.list(query(null, VerificationStatus.PENDING, 50, 0)).totalCount())
                    .isEqualTo(1);
        }

        @Test
        void givenAnotherTenantsBusiness_whenListed_thenNotFound() {
            Caller stranger = Fixtures.caller(TenantId.generate(), Scope.DOCUMENTS);
            assertThatThrownBy(() -> list.list(new ListBusinessDocumentsQuery(
                            stranger, business.id(), Optional.empty(), Optional.empty(), 50, 0)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> list.list(new ListBusinessDocumentsQuery(
                            reader, EntityId.generate(), Optional.empty(), Optional.empty(), 50, 0)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void givenKeyWithoutDocumentsScope_whenListed_thenForbidden() {
            assertThatThrownBy(() -> list.list(new ListBusinessDocumentsQuery(
                            reviewer, business.id(), Optional.empty(), Optional.empty(), 50, 0)))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void givenLimitOutOfRange_whenQueryBuilt_thenRefused() {
            assertThatThrownBy(() -> query(null, null, 101, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> query(null, null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> query(null, null, 10, -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Reviewing {
        @Test
        void givenPendingDocument_whenVerified_thenStoredAndRecordedWithReviewer() {
            Document d = doc("Passport", 1);
            time.advance(Duration.ofMinutes(5));
            BusinessDocument result = review.review(new ReviewDocumentCommand(ref(reviewer, d), Decision.VERIFY, null));

            assertThat(result.status()).isEqualTo(VerificationStatus.VERIFIED);
            assertThat(result.document().review().decidedBy()).isEqualTo("reviewer@example.com");
            assertThat(documents.findById(tenant, d.id()).orElseThrow().review().status())
                    .isEqualTo(VerificationStatus.VERIFIED);
            assertThat(events.all()).singleElement().satisfies(e -> {
                assertThat(e.from()).isEqualTo(VerificationStatus.PENDING);
                assertThat(e.to()).isEqualTo(VerificationStatus.VERIFIED);
                assertThat(e.actor()).isEqualTo("reviewer@example.com");
                assertThat(e.occurredAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
            });
            assertThat(outbox.events()).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(EventType.DOCUMENT_VERIFIED);
                assertThat(e.tenantId()).isEqualTo(tenant);
                assertThat(e.createdAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
                assertThat(e.data())
                        .containsEntry("document_id", d.id().value().toString())
                        .containsEntry("entity_id", business.id().value().toString())
                        .containsEntry("document_type", "Passport")
                        .containsEntry("status", "verified");
            });
            EventAssertions.mentionNone(
                    outbox.events(),
                    "reviewer@example.com",
                    "Acme",
                    d.file().name().value());
        }

        @Test
        void givenRejectedDocument_whenVerified_thenConflictAndNothingRecorded() {
            Document d = doc("Passport", 1);
            review.review(new ReviewDocumentCommand(ref(reviewer, d), Decision.REJECT, "blurry"));
            assertThatThrownBy(() -> review.review(new ReviewDocumentCommand(ref(reviewer, d), Decision.VERIFY, null)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("A rejected document cannot become verified.");
            assertThat(events.all()).hasSize(1);
            assertThat(tx.rolledBack()).isEqualTo(1);
            assertThat(outbox.events()).extracting(e -> e.type()).containsExactly(EventType.DOCUMENT_REJECTED);
        }

        @Test
        void givenConcurrentReviewWonFirst_whenSaving_thenConflictAndNoEvent() {
            Document d = doc("Passport", 1);
            documents.loseNextReviewRace();
            assertThatThrownBy(() -> review.review(new ReviewDocumentCommand(ref(reviewer, d), Decision.VERIFY, null)))
                    .isInstanceOfSatisfying(
                            IllegalTransitionException.class,
                            e -> assertThat(e.to()).isEqualTo(VerificationStatus.VERIFIED));
            assertThat(events.all()).isEmpty();
            assertThat(tx.rolledBack()).isEqualTo(1);
            assertThat(outbox.events()).isEmpty();
        }

        @Test
        void givenRejectionWithoutReason_whenReviewed_thenRefusedOnReasonAndStillPending() {
            Document d = doc("Passport", 1);
            assertThatThrownBy(() -> review.review(new ReviewDocumentCommand(ref(reviewer, d), Decision.REJECT, "  ")))
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("reason"));
            assertThat(documents.reviewSaveCalls()).isZero();
            assertThat(events.all()).isEmpty();
            assertThat(outbox.events()).isEmpty();
        }

        @Test
        void givenKeyWithoutReviewScope_whenReviewed_thenForbiddenAndUntouched() {
            Document d = doc("Passport", 1);
            assertThatThrownBy(() -> review.review(new ReviewDocumentCommand(ref(reader, d), Decision.VERIFY, null)))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(documents.findById(tenant, d.id()).orElseThrow().review().status())
                    .isEqualTo(VerificationStatus.PENDING);
        }

        @Test
        void givenDocumentOfAnotherBusinessOrTenant_whenReviewed_thenNotFound() {
            Document library =
                    Fixtures.storedDocument(documents, store, tenant, DocumentOwner.library(), "Passport", null, NOW);
            assertThatThrownBy(() ->
                            review.review(new ReviewDocumentCommand(ref(reviewer, library), Decision.VERIFY, null)))
                    .isInstanceOf(NotFoundException.class);
            Document d = doc("Passport", 1);
            Caller stranger = new Caller(
                    TenantId.generate(),
                    dev.dossier.domain.tenant.ApiKeyId.generate(),
                    "x@example.com",
                    java.util.Set.of(Scope.REVIEW));
            assertThatThrownBy(() -> review.review(new ReviewDocumentCommand(
                            new DocumentRef(stranger, DocumentOwner.entity(business.id()), d.id()),
                            Decision.VERIFY,
                            null)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void givenReviewedDocument_whenHistoryRead_thenTheChangeNewestFirst() {
            Document d = doc("Passport", 1);
            review.review(new ReviewDocumentCommand(ref(reviewer, d), Decision.REJECT, "blurry"));
            List<ReviewEvent> h = history.history(ref(reader, d));
            assertThat(h).singleElement().satisfies(e -> {
                assertThat(e.to()).isEqualTo(VerificationStatus.REJECTED);
                assertThat(e.reason()).isEqualTo("blurry");
            });
            assertThat(history.history(ref(reader, doc("Passport", 2)))).isEmpty();
            assertThat(outbox.events()).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(EventType.DOCUMENT_REJECTED);
                assertThat(e.data()).containsEntry("document_id", d.id().value().toString());
                assertThat(e.data()).containsEntry("status", "rejected");
            });
            EventAssertions.mentionNone(outbox.events(), "blurry", "reviewer@example.com");
        }
    }

    @Nested
    class Getting {
        @Test
        void givenVerifiedDocumentPastExpiry_whenGot_thenReadsExpiredWithAFreshLink() {
            Document d = Document.upload(
                    dev.dossier.domain.document.DocumentId.generate(),
                    tenant,
                    DocumentOwner.entity(business.id()),
                    doc("Passport", 5).file(),
                    "Passport",
                    null,
                    "u@example.com",
                    NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1),
                    NOW);
            documents.save(d);
            review.review(new ReviewDocumentCommand(ref(reviewer, d), Decision.VERIFY, null));
            var first = get.get(ref(reader, d));
            var second = get.get(ref(reader, d));
            assertThat(first.document().status()).isEqualTo(VerificationStatus.EXPIRED);
            assertThat(first.link().token()).isNotEqualTo(second.link().token());
        }

        @Test
        void givenConfidentialDocumentAndNoConfidentialScope_whenGot_thenForbidden() {
            Document d = Fixtures.storedDocument(
                    documents,
                    store,
                    tenant,
                    DocumentOwner.entity(business.id()),
                    "Passport",
                    Classification.CONFIDENTIAL,
                    NOW);
            assertThatThrownBy(() -> get.get(ref(reader, d))).isInstanceOf(ForbiddenException.class);
        }
    }
}
