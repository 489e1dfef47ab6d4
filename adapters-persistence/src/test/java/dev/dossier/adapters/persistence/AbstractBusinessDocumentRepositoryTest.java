package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.BusinessDocumentQuery;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.ReviewEventRepository;
import dev.dossier.domain.document.BusinessType;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.IllegalTransitionException;
import dev.dossier.domain.document.ReviewEvent;
import dev.dossier.domain.document.UserData;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.tenant.Tenant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Contract of the business side of {@link DocumentRepository} (offset pages, type and status filters
 * decided by the query, the conditional review write) and of {@link ReviewEventRepository}, on every database.
 */
abstract class AbstractBusinessDocumentRepositoryTest extends PersistenceContractTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final int RACERS = 6;

    private DocumentRepository documents() {
        return new JpaDocumentRepository(em);
    }

    private ReviewEventRepository events() {
        return new JpaReviewEventRepository(em);
    }

    private static BusinessDocumentQuery query(
            Tenant tenant, Entity business, BusinessType type, VerificationStatus status, int offset, int limit) {
        return new BusinessDocumentQuery(
                tenant.id(),
                business.id(),
                Optional.ofNullable(type),
                Optional.ofNullable(status),
                TODAY,
                offset,
                limit);
    }

    /** A document of the business with a label, an expiry and, if {@code decision} is given, a stored review. */
    private Document given(
            Tenant tenant,
            Entity business,
            String label,
            LocalDate expiry,
            VerificationStatus decision,
            Instant createdAt) {
        Document d = Document.upload(
                DocumentId.generate(),
                tenant.id(),
                DocumentOwner.entity(business.id()),
                storedFile(tenant.id(), "doc.pdf"),
                label,
                null,
                "uploader@example.com",
                expiry,
                createdAt);
        if (decision == VerificationStatus.VERIFIED) {
            d.verify("reviewer@example.com", createdAt.plusSeconds(1));
        } else if (decision == VerificationStatus.REJECTED) {
            d.reject("reviewer@example.com", "blurry", createdAt.plusSeconds(1));
        }
        inTx(() -> documents().save(d));
        return d;
    }

    private List<DocumentId> ids(BusinessDocumentQuery q) {
        return documents().listForBusiness(q).stream().map(Document::id).toList();
    }

    @Test
    void givenTwelveDocuments_whenPagedByFive_thenPagesAreNewestFirstDisjointAndMatchTheCount() {
        Tenant tenant = givenTenant();
        Entity business = givenEntity(tenant);
        List<Document> docs = IntStream.range(0, 12)
                .mapToObj(i -> given(tenant, business, "Passport", null, null, T0.plusSeconds(i)))
                .toList();
        // a tie on created_at is broken by id, descending
        Document tieA = given(tenant, business, "Passport", null, null, T0.plusSeconds(11));

        List<DocumentId> all = new ArrayList<>();
        for (int offset = 0; offset < 13; offset += 5) {
            all.addAll(ids(query(tenant, business, null, null, offset, 5)));
        }

        assertThat(documents().countForBusiness(query(tenant, business, null, null, 0, 5)))
                .isEqualTo(13);
        assertThat(all).hasSize(13).doesNotHaveDuplicates();
        List<DocumentId> topTwo = List.of(docs.get(11).id(), tieA.id()).stream()
                .sorted((a, b) -> b.value().toString().compareTo(a.value().toString()))
                .toList();
        assertThat(all.subList(0, 2)).containsExactlyInAnyOrderElementsOf(topTwo);
        assertThat(all.get(12)).isEqualTo(docs.get(0).id());
        assertThat(ids(query(tenant, business, null, null, 13, 5))).isEmpty();
    }

    @Test
    void givenTiedDocuments_whenPagedOldestFirst_thenExactlyTheNewestFirstOrderTurnedAround() {
        Tenant tenant = givenTenant();
        Entity business = givenEntity(tenant);
        for (int i = 0; i < 9; i++) {
            // three documents per second: ties on created_at
            given(tenant, business, "Passport", null, null, T0.plusSeconds(i / 3));
        }
        given(tenant, givenEntity(tenant), "Passport", null, null, T0);

        List<DocumentId> newestFirst = ids(query(tenant, business, null, null, 0, 50));
        List<DocumentId> oldestFirst = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 4) {
            oldestFirst.addAll(
                    documents().listForBusinessOldestFirst(query(tenant, business, null, null, offset, 4)).stream()
                            .map(Document::id)
                            .toList());
        }

        assertThat(newestFirst).hasSize(9);
        Collections.reverse(oldestFirst);
        assertThat(oldestFirst).containsExactlyElementsOf(newestFirst);
        assertThat(documents().listForBusinessOldestFirst(query(tenant, business, null, null, 9, 4)))
                .isEmpty();
    }

    @Test
    void givenMixedDocuments_whenFilteredByTypeAndStatus_thenTheQueryDecidesExpiredAndCountsAgree() {
        Tenant tenant = givenTenant();
        Entity business = givenEntity(tenant);
        Document expired = given(tenant, business, "Passport", TODAY.minusDays(1), VerificationStatus.VERIFIED, T0);
        Document expiresToday =
                given(tenant, business, "Driver's License", TODAY, VerificationStatus.VERIFIED, T0.plusSeconds(1));
        Document verifiedForever =
                given(tenant, business, "Bank Statement", null, VerificationStatus.VERIFIED, T0.plusSeconds(2));
        Document rejectedPast = given(
                tenant, business, "Passport", TODAY.minusYears(1), VerificationStatus.REJECTED, T0.plusSeconds(3));
        Document pendingPast = given(tenant, business, "Tax Return 2024", TODAY.minusYears(1), null, T0.plusSeconds(4));
        // another business's and another tenant's expired documents never appear
        given(tenant, givenEntity(tenant), "Passport", TODAY.minusDays(1), VerificationStatus.VERIFIED, T0);
        Tenant other = givenTenant();
        given(other, givenEntity(other), "Passport", TODAY.minusDays(1), VerificationStatus.VERIFIED, T0);

        assertThat(ids(query(tenant, business, null, VerificationStatus.EXPIRED, 0, 50)))
                .containsExactly(expired.id());
        assertThat(ids(query(tenant, business, null, VerificationStatus.VERIFIED, 0, 50)))
                .containsExactly(verifiedForever.id(), expiresToday.id());
        assertThat(ids(query(tenant, business, null, VerificationStatus.REJECTED, 0, 50)))
                .containsExactly(rejectedPast.id());
        assertThat(ids(query(tenant, business, null, VerificationStatus.PENDING, 0, 50)))
                .containsExactly(pendingPast.id());
        assertThat(ids(query(tenant, business, BusinessType.IDENTIFICATION, VerificationStatus.VERIFIED, 0, 50)))
                .containsExactly(expiresToday.id());
        assertThat(ids(query(tenant, business, BusinessType.IDENTIFICATION, null, 0, 50)))
                .containsExactly(rejectedPast.id(), expiresToday.id(), expired.id());
        assertThat(ids(query(tenant, business, BusinessType.TAX_FORM, VerificationStatus.VERIFIED, 0, 50)))
                .isEmpty();

        for (VerificationStatus s : VerificationStatus.values()) {
            for (BusinessType t : BusinessType.values()) {
                BusinessDocumentQuery q = query(tenant, business, t, s, 0, 50);
                assertThat(documents().countForBusiness(q)).as("%s %s", t, s).isEqualTo(ids(q).size());
            }
        }
        // an expired page with a small limit and an offset still comes from the query
        assertThat(ids(query(tenant, business, null, VerificationStatus.VERIFIED, 1, 1)))
                .containsExactly(expiresToday.id());
        assertThat(documents().countForBusiness(query(tenant, business, null, VerificationStatus.VERIFIED, 1, 1)))
                .isEqualTo(2);
    }

    @Test
    void givenUserData_whenSavedAndFound_thenCanonicalTextRoundTrips() {
        Tenant tenant = givenTenant();
        Entity business = givenEntity(tenant);
        UserData data = UserData.parse("{\"purpose\": \"Identity verification\", \"expiry_date\": \"2025-12-31\","
                + " \"notes\": \"Jürgen \\\"quoted\\\"\"}");
        Document d = Document.upload(
                DocumentId.generate(),
                tenant.id(),
                DocumentOwner.entity(business.id()),
                storedFile(tenant.id(), "id.pdf"),
                "Identification",
                null,
                "u@example.com",
                null,
                data,
                T0);
        inTx(() -> documents().save(d));

        Document loaded = documents().findById(tenant.id(), d.id()).orElseThrow();
        assertThat(loaded.userData()).contains(data);
        assertThat(loaded.userData().orElseThrow().json()).isEqualTo(data.json());
        assertThat(loaded.expiryDate()).contains(LocalDate.of(2025, 12, 31));
        assertThat(loaded.businessType()).isEqualTo(BusinessType.IDENTIFICATION);
    }

    @Test
    void givenPendingDocument_whenReviewSavedExpectingPending_thenWrittenOnce_andASecondWriteIsRefused() {
        Tenant tenant = givenTenant();
        Entity business = givenEntity(tenant);
        Document d = given(tenant, business, "Passport", null, null, T0);
        Document first = documents().findById(tenant.id(), d.id()).orElseThrow();
        first.reject("reviewer@example.com", "blurry", T0.plusSeconds(60));
        Document second = documents().findById(tenant.id(), d.id()).orElseThrow();
        em.clear();
        second.verify("other@example.com", T0.plusSeconds(61));

        assertThat(inTx(() -> documents().saveReview(first, VerificationStatus.PENDING)))
                .isTrue();
        assertThat(inTx(() -> documents().saveReview(second, VerificationStatus.PENDING)))
                .isFalse();

        Document loaded = documents().findById(tenant.id(), d.id()).orElseThrow();
        assertThat(loaded.review().status()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(loaded.review().rejectionReason()).isEqualTo("blurry");
        assertThat(loaded.review().decidedBy()).isEqualTo("reviewer@example.com");
        assertThat(loaded.updatedAt()).isEqualTo(T0.plusSeconds(60).truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void givenAnotherTenant_whenReviewSaved_thenNothingWritten() {
        Tenant tenant = givenTenant();
        Document d = given(tenant, givenEntity(tenant), "Passport", null, null, T0);
        Tenant other = givenTenant();
        Document forged = Document.reconstitute(
                d.id(),
                other.id(),
                d.owner(),
                d.file(),
                d.documentType(),
                d.businessType(),
                d.classification(),
                d.uploadedBy(),
                d.createdAt(),
                d.updatedAt(),
                null,
                d.review());
        forged.verify("intruder@example.com", T0.plusSeconds(5));

        assertThat(inTx(() -> documents().saveReview(forged, VerificationStatus.PENDING)))
                .isFalse();
        assertThat(documents()
                        .findById(tenant.id(), d.id())
                        .orElseThrow()
                        .review()
                        .status())
                .isEqualTo(VerificationStatus.PENDING);
    }

    @Test
    void givenEvents_whenListed_thenNewestFirstWithinTheTenantOnly() {
        Tenant tenant = givenTenant();
        Document d = given(tenant, givenEntity(tenant), "Passport", null, null, T0);
        ReviewEvent older = new ReviewEvent(
                java.util.UUID.randomUUID(),
                tenant.id(),
                d.id(),
                VerificationStatus.PENDING,
                VerificationStatus.REJECTED,
                "a@example.com",
                "blurry",
                T0.plusSeconds(10));
        ReviewEvent newer = new ReviewEvent(
                java.util.UUID.randomUUID(),
                tenant.id(),
                d.id(),
                VerificationStatus.REJECTED,
                VerificationStatus.PENDING,
                "b@example.com",
                null,
                T0.plusSeconds(20).plusNanos(999));
        inTx(() -> events().append(older));
        inTx(() -> events().append(newer));

        List<ReviewEvent> listed = events().listForDocument(tenant.id(), d.id());
        assertThat(listed).extracting(ReviewEvent::id).containsExactly(newer.id(), older.id());
        assertThat(listed.get(0).occurredAt()).isEqualTo(newer.occurredAt().truncatedTo(ChronoUnit.MICROS));
        assertThat(listed.get(1))
                .usingRecursiveComparison()
                .ignoringFields("occurredAt")
                .isEqualTo(older);
        assertThat(listed.get(1).occurredAt()).isEqualTo(older.occurredAt().truncatedTo(ChronoUnit.MICROS));
        assertThat(events().listForDocument(givenTenant().id(), d.id())).isEmpty();
    }

    @Test
    void givenReviewedDocument_whenDeleted_thenItsHistoryGoesWithIt() {
        Tenant tenant = givenTenant();
        Document d = given(tenant, givenEntity(tenant), "Passport", null, null, T0);
        inTx(() -> events().append(new ReviewEvent(
                java.util.UUID.randomUUID(),
                tenant.id(),
                d.id(),
                VerificationStatus.PENDING,
                VerificationStatus.VERIFIED,
                "a@example.com",
                null,
                T0)));

        inTx(() -> documents().delete(tenant.id(), d.id()));

        assertThat(documents().findById(tenant.id(), d.id())).isEmpty();
        assertThat(events().listForDocument(tenant.id(), d.id())).isEmpty();
    }

    /**
     * {@value #RACERS} requests on two server instances verify or reject one pending document at the same
     * moment, each in its own transaction: exactly one decision is written and recorded.
     */
    @Test
    void givenPendingDocument_whenReviewedConcurrentlyOnTwoServers_thenExactlyOneWins() throws Exception {
        Tenant tenant = givenTenant();
        Document d = given(tenant, givenEntity(tenant), "Passport", null, null, T0);
        List<EntityManagerFactory> servers =
                List.of(database().entityManagerFactory("server-1"), database().entityManagerFactory("server-2"));
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch ready = new CountDownLatch(RACERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                outcomes.add(pool.submit(race(servers.get(i % 2), tenant, d.id(), i, ready, go)));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            int wins = 0;
            for (Future<Boolean> outcome : outcomes) {
                wins += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
            assertThat(events().listForDocument(tenant.id(), d.id())).hasSize(1);
            assertThat(documents()
                            .findById(tenant.id(), d.id())
                            .orElseThrow()
                            .review()
                            .status())
                    .isIn(VerificationStatus.VERIFIED, VerificationStatus.REJECTED);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One review request as the service runs it: read, decide, conditional write, record. */
    private static Callable<Boolean> race(
            EntityManagerFactory server, Tenant tenant, DocumentId id, int n, CountDownLatch ready, CountDownLatch go) {
        return () -> {
            EntityManager em = server.createEntityManager();
            try {
                JpaDocumentRepository docs = new JpaDocumentRepository(em);
                JpaReviewEventRepository history = new JpaReviewEventRepository(em);
                return new EntityTransactionUnitOfWork(em).inTransaction(() -> {
                    Document doc = docs.findById(tenant.id(), id).orElseThrow();
                    ready.countDown();
                    await(go);
                    try {
                        ReviewEvent e = n % 2 == 0
                                ? doc.verify("r" + n + "@example.com", T0.plusSeconds(n))
                                : doc.reject("r" + n + "@example.com", "no", T0.plusSeconds(n));
                        if (!docs.saveReview(doc, VerificationStatus.PENDING)) {
                            return false;
                        }
                        history.append(e);
                        return true;
                    } catch (IllegalTransitionException lost) {
                        return false;
                    }
                });
            } finally {
                em.close();
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the race never started");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
