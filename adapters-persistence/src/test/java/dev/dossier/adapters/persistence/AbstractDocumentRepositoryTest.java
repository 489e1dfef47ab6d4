package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.DocumentFilter;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.DocumentsWithTotal;
import dev.dossier.domain.document.BusinessType;
import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.document.Review;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.document.StoredFile;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.token.DownloadToken;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.persistence.internal.jpa.QueryImpl;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.junit.jupiter.api.Test;

/** Contract of {@link DocumentRepository}, run on every database. */
abstract class AbstractDocumentRepositoryTest extends PersistenceContractTest {

    private DocumentRepository repository() {
        return new JpaDocumentRepository(em);
    }

    /** The documents of a newest-first page, without its total. */
    private List<Document> newestOf(DocumentFilter filter, int limit) {
        return repository().newest(filter, limit).documents();
    }

    private static DocumentFilter library(Tenant tenant) {
        return new DocumentFilter(tenant.id(), DocumentOwner.library(), Optional.empty());
    }

    private static DocumentFilter of(Tenant tenant, DocumentOwner owner, String type) {
        return new DocumentFilter(tenant.id(), owner, Optional.ofNullable(type));
    }

    /** Every attribute of a document, for comparing a saved and a loaded one. */
    private static void assertSameDocument(Document actual, Document expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    void givenPendingLibraryDocumentWithoutExpiry_whenFoundById_thenEveryFieldRoundTrips() {
        Tenant tenant = givenTenant();
        StoredFile file = new StoredFile(
                new FileName("Reisepass – Jürgen.pdf"),
                "application/pdf",
                10_485_760L,
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                StorageKey.generate(tenant.id()));
        Document document = Document.upload(
                DocumentId.generate(),
                tenant.id(),
                DocumentOwner.library(),
                file,
                "Passport",
                null,
                "uploader@example.com",
                null,
                T0);
        inTx(() -> repository().save(document));

        Document loaded = repository().findById(tenant.id(), document.id()).orElseThrow();

        assertSameDocument(
                loaded,
                Document.reconstitute(
                        document.id(),
                        tenant.id(),
                        DocumentOwner.library(),
                        file,
                        "Passport",
                        BusinessType.IDENTIFICATION,
                        Classification.TENANT_PRIVATE,
                        "uploader@example.com",
                        micros(T0),
                        micros(T0),
                        null,
                        Review.pending()));
        assertThat(loaded.expiryDate()).isEmpty();
    }

    @Test
    void givenVerifiedEntityDocumentWithExpiry_whenFoundById_thenReviewAndExpiryRoundTrip() {
        Tenant tenant = givenTenant();
        Entity entity = givenEntity(tenant);
        Document document = newDocument(
                tenant.id(),
                DocumentOwner.entity(entity.id()),
                Classification.CONFIDENTIAL,
                LocalDate.of(2027, 12, 31),
                T0);
        Instant decided = T0.plusSeconds(3600).plusNanos(999);
        document.verify("reviewer@example.com", decided);
        inTx(() -> repository().save(document));

        Document loaded = repository().findById(tenant.id(), document.id()).orElseThrow();

        assertSameDocument(
                loaded,
                Document.reconstitute(
                        document.id(),
                        tenant.id(),
                        DocumentOwner.entity(entity.id()),
                        document.file(),
                        "Bank Statement",
                        BusinessType.BANK_STATEMENT,
                        Classification.CONFIDENTIAL,
                        "uploader@example.com",
                        micros(T0),
                        micros(decided),
                        LocalDate.of(2027, 12, 31),
                        new Review(VerificationStatus.VERIFIED, micros(decided), "reviewer@example.com", null)));
        assertThat(loaded.statusOn(LocalDate.of(2028, 1, 1))).isEqualTo(VerificationStatus.EXPIRED);
    }

    @Test
    void givenSavedDocument_whenRejectedAndSavedAgain_thenTheDecisionIsStored() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        Document reloaded = repository().findById(tenant.id(), document.id()).orElseThrow();
        reloaded.reject("reviewer@example.com", "Blurred scan", T0.plusSeconds(60));

        inTx(() -> repository().save(reloaded));

        Document loaded = repository().findById(tenant.id(), document.id()).orElseThrow();
        assertThat(loaded.review())
                .isEqualTo(new Review(
                        VerificationStatus.REJECTED,
                        micros(T0.plusSeconds(60)),
                        "reviewer@example.com",
                        "Blurred scan"));
        assertThat(loaded.updatedAt()).isEqualTo(micros(T0.plusSeconds(60)));
        assertThat(loaded.createdAt()).isEqualTo(micros(T0));
        assertThat(repository().count(library(tenant))).isEqualTo(1);
    }

    @Test
    void givenAnotherTenantsDocument_whenFoundById_thenEmpty() {
        Tenant owner = givenTenant();
        Tenant other = givenTenant();
        Document document = givenLibraryDocument(owner);

        assertThat(repository().findById(other.id(), document.id())).isEmpty();
        assertThat(repository().findById(owner.id(), document.id())).isPresent();
    }

    @Test
    void givenNoTransaction_whenFoundById_thenTheRowIsReadWithoutAWorkingCopy() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        em.clear();

        assertThat(repository().findById(tenant.id(), document.id()).map(Document::id))
                .contains(document.id());
        assertThat(documentWorkingCopies()).isZero();

        inTx(() -> {
            assertThat(repository().findById(tenant.id(), document.id()).map(Document::id))
                    .contains(document.id());
            assertThat(documentWorkingCopies()).isEqualTo(1);
        });
    }

    private long documentWorkingCopies() {
        return em.unwrap(UnitOfWorkImpl.class).getCloneMapping().keySet().stream()
                .filter(DocumentJpaEntity.class::isInstance)
                .count();
    }

    @Test
    void givenNoSuchDocument_whenFoundById_thenEmpty() {
        Tenant tenant = givenTenant();
        givenLibraryDocument(tenant);

        assertThat(repository().findById(tenant.id(), DocumentId.generate())).isEmpty();
    }

    @Test
    void givenDocumentsCreatedAtDifferentTimes_whenListed_thenNewestFirst() {
        Tenant tenant = givenTenant();
        Document oldest = givenDocument(tenant, DocumentOwner.library(), "Passport", T0);
        Document newest = givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusSeconds(2));
        Document middle = givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusNanos(1_000));

        assertThat(newestOf(library(tenant), 10))
                .extracting(Document::id)
                .containsExactly(newest.id(), middle.id(), oldest.id());
    }

    @Test
    void givenDocumentsCreatedAtTheSameInstant_whenListed_thenTiesBrokenByIdDescending() {
        Tenant tenant = givenTenant();
        List<Document> documents = IntStream.range(0, 8)
                .mapToObj(i -> givenDocument(tenant, DocumentOwner.library(), "Passport", T0))
                .toList();
        Document older = givenDocument(tenant, DocumentOwner.library(), "Passport", T0.minusSeconds(1));

        // both databases order uuid values as unsigned bytes, which is the order of their canonical text
        List<DocumentId> expected = documents.stream()
                .map(Document::id)
                .sorted(Comparator.comparing((DocumentId id) -> id.value().toString())
                        .reversed())
                .toList();
        assertThat(newestOf(library(tenant), 20))
                .extracting(Document::id)
                .containsSequence(expected)
                .endsWith(older.id())
                .hasSize(9);
    }

    @Test
    void givenMoreDocumentsThanTheLimit_whenListed_thenOnlyTheNewestButCountedAll() {
        Tenant tenant = givenTenant();
        List<Document> documents = IntStream.range(0, 5)
                .mapToObj(i -> givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusSeconds(i)))
                .toList();

        assertThat(newestOf(library(tenant), 2))
                .extracting(Document::id)
                .containsExactly(documents.get(4).id(), documents.get(3).id());
        assertThat(repository().count(library(tenant))).isEqualTo(5);
    }

    @Test
    void givenDocumentsOfSeveralOwnersAndTypes_whenNewestRead_thenEachPageCarriesItsFiltersExactTotal() {
        Tenant tenant = givenTenant();
        Tenant other = givenTenant();
        Entity entity = givenEntity(tenant);
        List<Document> passports = IntStream.range(0, 4)
                .mapToObj(i -> givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusSeconds(i)))
                .toList();
        givenDocument(tenant, DocumentOwner.library(), "Bank Statement", T0.plusSeconds(10));
        givenDocument(tenant, DocumentOwner.entity(entity.id()), "PASSPORT", T0.plusSeconds(20));
        givenDocument(other, DocumentOwner.library(), "Passport", T0.plusSeconds(30));

        DocumentsWithTotal library = repository().newest(library(tenant), 2);
        assertThat(library.total()).isEqualTo(5);
        assertThat(library.documents()).hasSize(2);
        DocumentsWithTotal typed = repository().newest(of(tenant, DocumentOwner.library(), "passport"), 3);
        assertThat(typed.total()).isEqualTo(4);
        assertThat(typed.documents())
                .extracting(Document::id)
                .containsExactly(
                        passports.get(3).id(),
                        passports.get(2).id(),
                        passports.get(1).id());
        assertThat(repository()
                        .newest(of(tenant, DocumentOwner.entity(entity.id()), null), 10)
                        .total())
                .isEqualTo(1);
        assertThat(repository().newest(of(tenant, DocumentOwner.library(), "Visa"), 10))
                .isEqualTo(new DocumentsWithTotal(List.of(), 0));
        assertThat(repository().newest(library(tenant), 0)).isEqualTo(new DocumentsWithTotal(List.of(), 5));
    }

    @Test
    void givenTypeFilterInAnotherCase_whenListedAndCounted_thenMatchedCaseInsensitively() {
        Tenant tenant = givenTenant();
        Document statement = givenDocument(tenant, DocumentOwner.library(), "Bank Statement", T0);
        Document shouting = givenDocument(tenant, DocumentOwner.library(), "BANK STATEMENT", T0.plusSeconds(1));
        givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusSeconds(2));
        givenDocument(tenant, DocumentOwner.library(), "Bank Statement (old)", T0.plusSeconds(3));

        DocumentFilter filter = of(tenant, DocumentOwner.library(), "bank statement");
        assertThat(newestOf(filter, 10)).extracting(Document::id).containsExactly(shouting.id(), statement.id());
        assertThat(repository().count(filter)).isEqualTo(2);
        assertThat(repository().count(of(tenant, DocumentOwner.library(), "Driver's License")))
                .isZero();
        assertThat(newestOf(of(tenant, DocumentOwner.library(), "Driver's License"), 10))
                .isEmpty();
    }

    @Test
    void givenLibraryAndEntityDocuments_whenListedByOwner_thenOnlyThatOwnersDocuments() {
        Tenant tenant = givenTenant();
        Entity entity = givenEntity(tenant);
        Entity otherEntity = givenEntity(tenant);
        Document inLibrary = givenDocument(tenant, DocumentOwner.library(), "Passport", T0);
        Document onEntity = givenDocument(tenant, DocumentOwner.entity(entity.id()), "Passport", T0.plusSeconds(1));
        Document onOtherEntity =
                givenDocument(tenant, DocumentOwner.entity(otherEntity.id()), "Passport", T0.plusSeconds(2));

        assertThat(newestOf(library(tenant), 10)).extracting(Document::id).containsExactly(inLibrary.id());
        assertThat(newestOf(of(tenant, DocumentOwner.entity(entity.id()), null), 10))
                .extracting(Document::id)
                .containsExactly(onEntity.id());
        assertThat(newestOf(of(tenant, DocumentOwner.entity(otherEntity.id()), "PASSPORT"), 10))
                .extracting(Document::id)
                .containsExactly(onOtherEntity.id());
        assertThat(repository().count(library(tenant))).isEqualTo(1);
        assertThat(repository().count(of(tenant, DocumentOwner.entity(entity.id()), null)))
                .isEqualTo(1);
    }

    @Test
    void givenAnotherTenantsDocuments_whenListedAndCounted_thenNotIncluded() {
        Tenant tenant = givenTenant();
        Tenant other = givenTenant();
        Document mine = givenLibraryDocument(tenant);
        givenLibraryDocument(other);
        givenLibraryDocument(other);

        assertThat(newestOf(library(tenant), 10)).extracting(Document::id).containsExactly(mine.id());
        assertThat(repository().count(library(tenant))).isEqualTo(1);
        assertThat(repository().count(library(other))).isEqualTo(2);
    }

    @Test
    void givenSavedDocument_whenDeleted_thenGone() {
        Tenant tenant = givenTenant();
        Document deleted = givenLibraryDocument(tenant);
        Document kept = givenLibraryDocument(tenant);

        inTx(() -> repository().delete(tenant.id(), deleted.id()));

        assertThat(repository().findById(tenant.id(), deleted.id())).isEmpty();
        assertThat(repository().findById(tenant.id(), kept.id())).isPresent();
        assertThat(repository().count(library(tenant))).isEqualTo(1);
    }

    @Test
    void givenAnotherTenantsDocument_whenDeleted_thenItRemains() {
        Tenant owner = givenTenant();
        Tenant other = givenTenant();
        Document document = givenLibraryDocument(owner);

        inTx(() -> repository().delete(other.id(), document.id()));

        assertThat(repository().findById(owner.id(), document.id())).isPresent();
    }

    @Test
    void givenDocumentWithDownloadTokens_whenDeleted_thenItsTokensGoWithIt() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        DownloadToken token = DownloadToken.issue("dl_secret", tenant.id(), document.id(), T0);
        inTx(() -> new JpaDownloadTokenRepository(em, database().dataSource()).save(token));

        inTx(() -> repository().delete(tenant.id(), document.id()));

        assertThat(repository().findById(tenant.id(), document.id())).isEmpty();
        assertThat(new JpaDownloadTokenRepository(em, database().dataSource()).findBySecretHash(token.secretHash()))
                .isEmpty();
    }

    @Test
    void givenEntityOfAnotherTenant_whenDocumentSavedForIt_thenRefused() {
        Tenant tenant = givenTenant();
        Tenant other = givenTenant();
        Entity othersEntity = givenEntity(other);
        Document document = newDocument(tenant.id(), DocumentOwner.entity(othersEntity.id()), "Passport", T0);

        assertThatThrownBy(() -> tx.inTransaction(() -> repository().save(document)))
                .isInstanceOf(PersistenceFailureException.class);
    }

    @Test
    void givenUnknownEntity_whenDocumentSavedForIt_thenRefused() {
        Tenant tenant = givenTenant();
        Document document = newDocument(
                tenant.id(),
                DocumentOwner.entity(new dev.dossier.domain.entity.EntityId(UUID.randomUUID())),
                "Passport",
                T0);

        assertThatThrownBy(() -> tx.inTransaction(() -> repository().save(document)))
                .isInstanceOf(PersistenceFailureException.class);
    }
    // --- keyset pages -------------------------------------------------------------------------------

    private static KeysetPosition position(Document d) {
        return new KeysetPosition(d.createdAt(), d.id().value());
    }

    /** Documents of the tenant's library, created {@code i} seconds after T0 for i = 0..n-1 (so the last is newest). */
    private List<Document> givenLibrary(Tenant tenant, int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusSeconds(i)))
                .toList();
    }

    /** Loaded back, so positions carry what the database keeps (microseconds). */
    private List<Document> newestFirst(Tenant tenant) {
        return newestOf(library(tenant), 1000);
    }

    /** The JPQL of a tenant's documents, newest first: the page queries' simplest shape. */
    private static final String TENANT_NEWEST_FIRST =
            "SELECT d FROM DocumentJpaEntity d WHERE d.tenantId = :tenant ORDER BY d.createdAt DESC, d.id DESC";

    private static List<DocumentId> idsOf(List<?> rows) {
        return rows.stream()
                .map(row -> DocumentMapper.toDomain((DocumentJpaEntity) row).id())
                .toList();
    }

    @Test
    void givenPreparedPageQuery_whenAskedAgain_thenTheSamePreparedQueryRunsAndReturnsThePage() {
        Tenant tenant = givenTenant();
        givenLibrary(tenant, 7);
        givenLibrary(givenTenant(), 2);
        List<DocumentId> all = newestFirst(tenant).stream().map(Document::id).toList();
        // the shape of a first page with its total: a report query, which EclipseLink un-prepares when copied
        String jpql = "SELECT d, SQL('(SELECT COUNT(*) FROM document WHERE tenant_id = ?)', :tenant)"
                + " FROM DocumentJpaEntity d WHERE d.tenantId = :tenant ORDER BY d.createdAt DESC, d.id DESC";

        for (int limit = 1; limit <= 8; limit += 3) {
            DatabaseQuery first = null;
            for (int request = 0; request < 2; request++) {
                Query page = PreparedQueries.page(em, jpql, limit, 0)
                        .setParameter("tenant", tenant.id().value());
                DatabaseQuery runs = ((QueryImpl) page).getDatabaseQueryInternal();
                // prepared before it runs, and the same each time: no request builds its SQL
                assertThat(runs.isPrepared()).as("limit %d", limit).isTrue();
                assertThat(runs.getSQLString()).containsIgnoringCase("LIMIT");
                first = first == null ? runs : first;
                assertThat(runs).isSameAs(first);

                List<DocumentId> ids = new ArrayList<>();
                for (Object row : page.getResultList()) {
                    Object[] columns = (Object[]) row;
                    ids.add(DocumentMapper.toDomain((DocumentJpaEntity) columns[0])
                            .id());
                    assertThat(((Number) columns[1]).longValue()).isEqualTo(7);
                }
                assertThat(ids).as("limit %d", limit).containsExactlyElementsOf(all.subList(0, Math.min(limit, 7)));
                assertThat(((QueryImpl) page).getDatabaseQueryInternal()).isSameAs(first);
            }
        }
    }

    @Test
    void givenReadOnlyFirstPage_whenRun_thenTheNewestRowsAreReturnedUnmanaged() {
        Tenant tenant = givenTenant();
        givenLibrary(tenant, 4);
        List<DocumentId> all = newestFirst(tenant).stream().map(Document::id).toList();

        List<?> readOnly = PreparedQueries.readOnlyFirstPage(em, TENANT_NEWEST_FIRST, 3)
                .setParameter("tenant", tenant.id().value())
                .getResultList();
        List<?> managed = PreparedQueries.page(em, TENANT_NEWEST_FIRST, 3, 0)
                .setParameter("tenant", tenant.id().value())
                .getResultList();

        assertThat(idsOf(readOnly)).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(readOnly).noneMatch(em::contains);
        assertThat(managed).allMatch(em::contains);
    }

    @Test
    void givenReadOnlyFirstPage_whenARowChangesBetweenTwoReads_thenTheSecondReadSeesTheChange() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        assertThat(readOnlyNewest(tenant)).extracting(Document::review).containsExactly(document.review());

        Document rejected = repository().findById(tenant.id(), document.id()).orElseThrow();
        rejected.reject("reviewer@example.com", "Blurred scan", T0.plusSeconds(60));
        inTx(() -> repository().save(rejected));

        assertThat(readOnlyNewest(tenant))
                .extracting(d -> d.review().status())
                .containsExactly(VerificationStatus.REJECTED);
    }

    private List<Document> readOnlyNewest(Tenant tenant) {
        return PreparedQueries.readOnlyFirstPage(em, TENANT_NEWEST_FIRST, 3)
                .setParameter("tenant", tenant.id().value())
                .getResultList()
                .stream()
                .map(row -> DocumentMapper.toDomain((DocumentJpaEntity) row))
                .toList();
    }

    @Test
    void givenPreparedPageQuery_whenAskedPastAnOffset_thenEachPageIsRight() {
        Tenant tenant = givenTenant();
        givenLibrary(tenant, 7);
        List<DocumentId> all = newestFirst(tenant).stream().map(Document::id).toList();

        for (int limit = 1; limit <= 8; limit += 3) {
            for (int offset = 0; offset <= 7; offset += 2) {
                List<?> rows = PreparedQueries.page(em, TENANT_NEWEST_FIRST, limit, offset)
                        .setParameter("tenant", tenant.id().value())
                        .getResultList();
                assertThat(idsOf(rows))
                        .as("limit %d offset %d", limit, offset)
                        .containsExactlyElementsOf(all.subList(Math.min(offset, 7), Math.min(offset + limit, 7)));
            }
        }
    }

    @Test
    void givenDocuments_whenFirstPageRequested_thenTheNewestAndWhetherOlderOnesExist() {
        Tenant tenant = givenTenant();
        givenLibrary(tenant, 5);
        List<Document> all = newestFirst(tenant);

        KeysetSlice<Document> page = repository().page(library(tenant), KeysetRequest.first(2));
        assertThat(page.items())
                .extracting(Document::id)
                .containsExactly(all.get(0).id(), all.get(1).id());
        assertThat(page.hasOlder()).isTrue();
        assertThat(page.hasNewer()).isFalse();

        KeysetSlice<Document> whole = repository().page(library(tenant), KeysetRequest.first(5));
        assertThat(whole.items()).hasSize(5);
        assertThat(whole.hasOlder()).as("exactly size items: none beyond").isFalse();
        assertSameDocument(whole.items().get(4), all.get(4));
    }

    @Test
    void givenPosition_whenOlderPageRequested_thenTheDocumentsStrictlyOlder_andNewerOnesReported() {
        Tenant tenant = givenTenant();
        givenLibrary(tenant, 6);
        List<Document> all = newestFirst(tenant);

        KeysetSlice<Document> page =
                repository().page(library(tenant), KeysetRequest.olderThan(position(all.get(1)), 3));
        assertThat(page.items())
                .extracting(Document::id)
                .containsExactly(all.get(2).id(), all.get(3).id(), all.get(4).id());
        assertThat(page.hasOlder()).isTrue();
        assertThat(page.hasNewer()).isTrue();

        KeysetSlice<Document> last =
                repository().page(library(tenant), KeysetRequest.olderThan(position(all.get(3)), 3));
        assertThat(last.items())
                .extracting(Document::id)
                .containsExactly(all.get(4).id(), all.get(5).id());
        assertThat(last.hasOlder()).isFalse();
        assertThat(last.hasNewer()).isTrue();
    }

    @Test
    void givenPosition_whenNewerPageRequested_thenTheNewerDocumentsClosestToIt_newestFirst() {
        Tenant tenant = givenTenant();
        givenLibrary(tenant, 6);
        List<Document> all = newestFirst(tenant);

        KeysetSlice<Document> page =
                repository().page(library(tenant), KeysetRequest.newerThan(position(all.get(4)), 2));
        assertThat(page.items())
                .extracting(Document::id)
                .containsExactly(all.get(2).id(), all.get(3).id());
        assertThat(page.hasNewer()).isTrue();
        assertThat(page.hasOlder()).isTrue();

        KeysetSlice<Document> top =
                repository().page(library(tenant), KeysetRequest.newerThan(position(all.get(2)), 5));
        assertThat(top.items())
                .extracting(Document::id)
                .containsExactly(all.get(0).id(), all.get(1).id());
        assertThat(top.hasNewer()).isFalse();
        assertThat(top.hasOlder()).isTrue();
    }

    @Test
    void givenPositionAtEitherEnd_whenPagedBeyondIt_thenEmpty_andTheOtherSideMeasuredFromThePosition() {
        Tenant tenant = givenTenant();
        givenLibrary(tenant, 3);
        List<Document> all = newestFirst(tenant);

        KeysetSlice<Document> pastTheEnd =
                repository().page(library(tenant), KeysetRequest.olderThan(position(all.get(2)), 10));
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.hasOlder()).isFalse();
        assertThat(pastTheEnd.hasNewer()).isTrue();

        KeysetSlice<Document> aboveTheTop =
                repository().page(library(tenant), KeysetRequest.newerThan(position(all.get(0)), 10));
        assertThat(aboveTheTop.items()).isEmpty();
        assertThat(aboveTheTop.hasNewer()).isFalse();
        assertThat(aboveTheTop.hasOlder()).isTrue();
    }

    @Test
    void givenOnlyTheDocumentAtThePosition_whenPagedAwayFromIt_thenEmpty_andItCountsOnTheOtherSide() {
        Tenant tenant = givenTenant();
        givenLibrary(tenant, 1);
        Document only = newestFirst(tenant).get(0);

        KeysetSlice<Document> older = repository().page(library(tenant), KeysetRequest.olderThan(position(only), 5));
        assertThat(older.items()).isEmpty();
        assertThat(older.hasOlder()).isFalse();
        assertThat(older.hasNewer())
                .as("an empty page's edge includes the row at its position")
                .isTrue();

        KeysetSlice<Document> newer = repository().page(library(tenant), KeysetRequest.newerThan(position(only), 5));
        assertThat(newer.items()).isEmpty();
        assertThat(newer.hasNewer()).isFalse();
        assertThat(newer.hasOlder()).isTrue();

        inTx(() -> repository().delete(tenant.id(), only.id()));
        KeysetSlice<Document> gone = repository().page(library(tenant), KeysetRequest.olderThan(position(only), 5));
        assertThat(gone.hasNewer()).isFalse();
    }

    @Test
    void givenPositionOfADeletedDocument_whenPagedFromIt_thenItsNeighboursFollow() {
        Tenant tenant = givenTenant();
        givenLibrary(tenant, 5);
        List<Document> all = newestFirst(tenant);
        inTx(() -> repository().delete(tenant.id(), all.get(2).id()));

        assertThat(repository()
                        .page(library(tenant), KeysetRequest.olderThan(position(all.get(2)), 5))
                        .items())
                .extracting(Document::id)
                .containsExactly(all.get(3).id(), all.get(4).id());
        assertThat(repository()
                        .page(library(tenant), KeysetRequest.newerThan(position(all.get(2)), 5))
                        .items())
                .extracting(Document::id)
                .containsExactly(all.get(0).id(), all.get(1).id());
    }

    @Test
    void givenDocumentsSharingInstants_whenWalkedBothWaysInSmallPages_thenEveryDocumentOnceInListOrder() {
        Tenant tenant = givenTenant();
        // three instants, several documents each: page edges fall inside the ties
        IntStream.range(0, 11)
                .forEach(i -> givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusMillis(i % 3)));
        List<DocumentId> expected =
                newestFirst(tenant).stream().map(Document::id).toList();
        assertThat(newestFirst(tenant).stream()
                        .map(AbstractDocumentRepositoryTest::position)
                        .toList())
                .isSortedAccordingTo(KeysetPosition.NEWEST_FIRST);

        List<DocumentId> forward = new ArrayList<>();
        KeysetSlice<Document> page = repository().page(library(tenant), KeysetRequest.first(2));
        forward.addAll(page.items().stream().map(Document::id).toList());
        while (page.hasOlder()) {
            Document last = page.items().get(page.items().size() - 1);
            page = repository().page(library(tenant), KeysetRequest.olderThan(position(last), 2));
            forward.addAll(page.items().stream().map(Document::id).toList());
        }
        assertThat(forward).isEqualTo(expected);

        List<List<DocumentId>> backward = new ArrayList<>();
        backward.add(page.items().stream().map(Document::id).toList());
        while (page.hasNewer()) {
            page = repository()
                    .page(
                            library(tenant),
                            KeysetRequest.newerThan(position(page.items().get(0)), 3));
            backward.add(page.items().stream().map(Document::id).toList());
        }
        Collections.reverse(backward);
        assertThat(backward.stream().flatMap(List::stream).toList()).isEqualTo(expected);
    }

    @Test
    void givenTimesWithNanoseconds_whenPagedFromALoadedPosition_thenTheDocumentAtItIsExcludedExactly() {
        Tenant tenant = givenTenant();
        Document a = givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusNanos(1));
        Document b = givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusNanos(999));
        Document loadedA = repository().findById(tenant.id(), a.id()).orElseThrow();

        // both keep T0's microsecond: they tie on time and are ordered by id alone
        KeysetSlice<Document> older = repository().page(library(tenant), KeysetRequest.olderThan(position(loadedA), 5));
        KeysetSlice<Document> newer = repository().page(library(tenant), KeysetRequest.newerThan(position(loadedA), 5));
        assertThat(older.items()).extracting(Document::id).doesNotContain(a.id());
        assertThat(newer.items()).extracting(Document::id).doesNotContain(a.id());
        assertThat(older.items().size() + newer.items().size()).isEqualTo(1);
        assertThat(concat(older, newer)).containsExactly(b.id());
    }

    private static List<DocumentId> concat(KeysetSlice<Document> x, KeysetSlice<Document> y) {
        List<DocumentId> ids =
                new ArrayList<>(x.items().stream().map(Document::id).toList());
        ids.addAll(y.items().stream().map(Document::id).toList());
        return ids;
    }

    @Test
    void givenOtherOwnersTenantsAndTypes_whenPaged_thenNeitherThePageNorItsEdgesSeeThem() {
        Tenant tenant = givenTenant();
        Tenant other = givenTenant();
        Entity entity = givenEntity(tenant);
        Document oldStatement = givenDocument(tenant, DocumentOwner.library(), "Bank Statement", T0);
        Document midStatement = givenDocument(tenant, DocumentOwner.library(), "BANK STATEMENT", T0.plusSeconds(10));
        // around and between them: everything the filter must keep out
        givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusSeconds(5));
        givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusSeconds(20));
        givenDocument(tenant, DocumentOwner.library(), "Passport", T0.minusSeconds(20));
        givenDocument(tenant, DocumentOwner.entity(entity.id()), "Bank Statement", T0.plusSeconds(30));
        givenDocument(tenant, DocumentOwner.entity(entity.id()), "Bank Statement", T0.minusSeconds(30));
        givenDocument(other, DocumentOwner.library(), "Bank Statement", T0.plusSeconds(40));
        givenDocument(other, DocumentOwner.library(), "Bank Statement", T0.minusSeconds(40));
        DocumentFilter statements = of(tenant, DocumentOwner.library(), "bank statement");

        KeysetSlice<Document> first = repository().page(statements, KeysetRequest.first(1));
        assertThat(first.items()).extracting(Document::id).containsExactly(midStatement.id());
        assertThat(first.hasOlder()).isTrue();

        Document loadedMid =
                repository().findById(tenant.id(), midStatement.id()).orElseThrow();
        KeysetSlice<Document> second = repository().page(statements, KeysetRequest.olderThan(position(loadedMid), 1));
        assertThat(second.items()).extracting(Document::id).containsExactly(oldStatement.id());
        assertThat(second.hasOlder()).isFalse();
        assertThat(second.hasNewer()).isTrue();

        Document loadedOld =
                repository().findById(tenant.id(), oldStatement.id()).orElseThrow();
        KeysetSlice<Document> back = repository().page(statements, KeysetRequest.newerThan(position(loadedOld), 5));
        assertThat(back.items()).extracting(Document::id).containsExactly(midStatement.id());
        assertThat(back.hasNewer()).isFalse();
        assertThat(back.hasOlder()).isTrue();

        DocumentFilter onEntity = of(tenant, DocumentOwner.entity(entity.id()), null);
        KeysetSlice<Document> entityPage = repository().page(onEntity, KeysetRequest.newerThan(position(loadedMid), 5));
        assertThat(entityPage.items()).extracting(Document::documentType).containsExactly("Bank Statement");
        assertThat(entityPage.hasOlder()).isTrue();
        assertThat(entityPage.hasNewer()).isFalse();

        assertThat(repository().page(library(other), KeysetRequest.first(10)).items())
                .hasSize(2);
    }

    @Test
    void givenNoDocuments_whenPaged_thenEmptyWithNothingOnEitherSide() {
        Tenant tenant = givenTenant();
        KeysetSlice<Document> page = repository().page(library(tenant), KeysetRequest.first(50));
        assertThat(page.items()).isEmpty();
        assertThat(page.hasOlder()).isFalse();
        assertThat(page.hasNewer()).isFalse();
    }
}
