package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.port.out.DocumentFilter;
import dev.dossier.application.port.out.DocumentRepository;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Contract of {@link DocumentRepository}, run on every database. */
abstract class AbstractDocumentRepositoryTest extends PersistenceContractTest {

    private DocumentRepository repository() {
        return new JpaDocumentRepository(em);
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
        StoredFile file = new StoredFile(new FileName("Reisepass – Jürgen.pdf"), "application/pdf", 10_485_760L,
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", StorageKey.generate(tenant.id()));
        Document document = Document.upload(DocumentId.generate(), tenant.id(), DocumentOwner.library(), file,
                "Passport", null, "uploader@example.com", null, T0);
        inTx(() -> repository().save(document));

        Document loaded = repository().findById(tenant.id(), document.id()).orElseThrow();

        assertSameDocument(loaded, Document.reconstitute(document.id(), tenant.id(), DocumentOwner.library(), file,
                "Passport", BusinessType.IDENTIFICATION, Classification.TENANT_PRIVATE, "uploader@example.com",
                micros(T0), micros(T0), null, Review.pending()));
        assertThat(loaded.expiryDate()).isEmpty();
    }

    @Test
    void givenVerifiedEntityDocumentWithExpiry_whenFoundById_thenReviewAndExpiryRoundTrip() {
        Tenant tenant = givenTenant();
        Entity entity = givenEntity(tenant);
        Document document = newDocument(tenant.id(), DocumentOwner.entity(entity.id()), Classification.CONFIDENTIAL,
                LocalDate.of(2027, 12, 31), T0);
        Instant decided = T0.plusSeconds(3600).plusNanos(999);
        document.verify("reviewer@example.com", decided);
        inTx(() -> repository().save(document));

        Document loaded = repository().findById(tenant.id(), document.id()).orElseThrow();

        assertSameDocument(loaded, Document.reconstitute(document.id(), tenant.id(),
                DocumentOwner.entity(entity.id()), document.file(), "Bank Statement", BusinessType.BANK_STATEMENT,
                Classification.CONFIDENTIAL, "uploader@example.com", micros(T0), micros(decided),
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
        assertThat(loaded.review()).isEqualTo(new Review(VerificationStatus.REJECTED, micros(T0.plusSeconds(60)),
                "reviewer@example.com", "Blurred scan"));
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

        assertThat(repository().list(library(tenant), 10)).extracting(Document::id)
                .containsExactly(newest.id(), middle.id(), oldest.id());
    }

    @Test
    void givenDocumentsCreatedAtTheSameInstant_whenListed_thenTiesBrokenByIdDescending() {
        Tenant tenant = givenTenant();
        List<Document> documents = IntStream.range(0, 8)
                .mapToObj(i -> givenDocument(tenant, DocumentOwner.library(), "Passport", T0)).toList();
        Document older = givenDocument(tenant, DocumentOwner.library(), "Passport", T0.minusSeconds(1));

        // both databases order uuid values as unsigned bytes, which is the order of their canonical text
        List<DocumentId> expected = documents.stream().map(Document::id)
                .sorted(Comparator.comparing((DocumentId id) -> id.value().toString()).reversed()).toList();
        assertThat(repository().list(library(tenant), 20)).extracting(Document::id)
                .containsSequence(expected).endsWith(older.id()).hasSize(9);
    }

    @Test
    void givenMoreDocumentsThanTheLimit_whenListed_thenOnlyTheNewestButCountedAll() {
        Tenant tenant = givenTenant();
        List<Document> documents = IntStream.range(0, 5).mapToObj(i ->
                givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusSeconds(i))).toList();

        assertThat(repository().list(library(tenant), 2)).extracting(Document::id)
                .containsExactly(documents.get(4).id(), documents.get(3).id());
        assertThat(repository().count(library(tenant))).isEqualTo(5);
    }

    @Test
    void givenTypeFilterInAnotherCase_whenListedAndCounted_thenMatchedCaseInsensitively() {
        Tenant tenant = givenTenant();
        Document statement = givenDocument(tenant, DocumentOwner.library(), "Bank Statement", T0);
        Document shouting = givenDocument(tenant, DocumentOwner.library(), "BANK STATEMENT", T0.plusSeconds(1));
        givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusSeconds(2));
        givenDocument(tenant, DocumentOwner.library(), "Bank Statement (old)", T0.plusSeconds(3));

        DocumentFilter filter = of(tenant, DocumentOwner.library(), "bank statement");
        assertThat(repository().list(filter, 10)).extracting(Document::id)
                .containsExactly(shouting.id(), statement.id());
        assertThat(repository().count(filter)).isEqualTo(2);
        assertThat(repository().count(of(tenant, DocumentOwner.library(), "Driver's License"))).isZero();
        assertThat(repository().list(of(tenant, DocumentOwner.library(), "Driver's License"), 10)).isEmpty();
    }

    @Test
    void givenLibraryAndEntityDocuments_whenListedByOwner_thenOnlyThatOwnersDocuments() {
        Tenant tenant = givenTenant();
        Entity entity = givenEntity(tenant);
        Entity otherEntity = givenEntity(tenant);
        Document inLibrary = givenDocument(tenant, DocumentOwner.library(), "Passport", T0);
        Document onEntity = givenDocument(tenant, DocumentOwner.entity(entity.id()), "Passport", T0.plusSeconds(1));
        Document onOtherEntity = givenDocument(tenant, DocumentOwner.entity(otherEntity.id()), "Passport",
                T0.plusSeconds(2));

        assertThat(repository().list(library(tenant), 10)).extracting(Document::id).containsExactly(inLibrary.id());
        assertThat(repository().list(of(tenant, DocumentOwner.entity(entity.id()), null), 10))
                .extracting(Document::id).containsExactly(onEntity.id());
        assertThat(repository().list(of(tenant, DocumentOwner.entity(otherEntity.id()), "PASSPORT"), 10))
                .extracting(Document::id).containsExactly(onOtherEntity.id());
        assertThat(repository().count(library(tenant))).isEqualTo(1);
        assertThat(repository().count(of(tenant, DocumentOwner.entity(entity.id()), null))).isEqualTo(1);
    }

    @Test
    void givenAnotherTenantsDocuments_whenListedAndCounted_thenNotIncluded() {
        Tenant tenant = givenTenant();
        Tenant other = givenTenant();
        Document mine = givenLibraryDocument(tenant);
        givenLibraryDocument(other);
        givenLibraryDocument(other);

        assertThat(repository().list(library(tenant), 10)).extracting(Document::id).containsExactly(mine.id());
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
        inTx(() -> new JpaDownloadTokenRepository(em).save(token));

        inTx(() -> repository().delete(tenant.id(), document.id()));

        assertThat(repository().findById(tenant.id(), document.id())).isEmpty();
        assertThat(new JpaDownloadTokenRepository(em).findBySecretHash(token.secretHash())).isEmpty();
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
        Document document = newDocument(tenant.id(),
                DocumentOwner.entity(new dev.dossier.domain.entity.EntityId(UUID.randomUUID())), "Passport", T0);

        assertThatThrownBy(() -> tx.inTransaction(() -> repository().save(document)))
                .isInstanceOf(PersistenceFailureException.class);
    }
}
