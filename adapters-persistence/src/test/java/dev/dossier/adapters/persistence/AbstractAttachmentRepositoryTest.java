package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.attachment.AttachmentId;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.tenant.Tenant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Contract of {@link AttachmentRepository}, run on every database. */
abstract class AbstractAttachmentRepositoryTest extends PersistenceContractTest {

    private AttachmentRepository repository() {
        return new JpaAttachmentRepository(em);
    }

    /** The port has no read method yet: the stored row is read with the adapter's own mapping. */
    private Attachment stored(AttachmentId id) {
        return AttachmentMapper.toDomain(em.find(AttachmentJpaEntity.class, id.value()));
    }

    @Test
    void givenSavedAttachment_whenRead_thenEveryFieldRoundTrips() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        Document document = givenLibraryDocument(tenant);
        Attachment attachment = Attachment.attach(tenant.id(), response, document.id(), 7, true, T0);
        inTx(() -> repository().save(attachment));

        assertThat(stored(attachment.id()))
                .usingRecursiveComparison()
                .isEqualTo(Attachment.reconstitute(
                        attachment.id(),
                        tenant.id(),
                        attachment.responseId(),
                        document.id(),
                        7,
                        true,
                        false,
                        false,
                        T0.truncatedTo(ChronoUnit.MICROS)));
    }

    @Test
    void givenAttachmentWithoutFileQuestion_whenRead_thenNoFileQuestion() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        Document document = givenLibraryDocument(tenant);
        Attachment attachment = Attachment.attach(tenant.id(), response, document.id(), null, false, T0);
        inTx(() -> repository().save(attachment));

        assertThat(stored(attachment.id()).fileQuestionId()).isNull();
        assertThat(stored(attachment.id()).uploadedThroughResponse()).isFalse();
    }

    @Test
    void givenSavedAttachment_whenFlaggedSubmittedAndSavedAgain_thenUpdated() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        Document document = givenLibraryDocument(tenant);
        Attachment attachment = Attachment.attach(tenant.id(), response, document.id(), 1, false, T0);
        inTx(() -> repository().save(attachment));

        attachment.flag();
        attachment.markSubmitted();
        inTx(() -> repository().save(attachment));

        assertThat(stored(attachment.id()).flagged()).isTrue();
        assertThat(stored(attachment.id()).submitted()).isTrue();
    }

    @Test
    void givenAttachedDocument_whenCheckedForAttachments_thenTrue() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        Document document = givenLibraryDocument(tenant);
        inTx(() -> {
            repository().save(Attachment.attach(tenant.id(), response, document.id(), 1, false, T0));
            repository().save(Attachment.attach(tenant.id(), response, document.id(), 2, false, T0));
        });

        assertThat(repository().existsForDocument(tenant.id(), document.id())).isTrue();
    }

    @Test
    void givenDocumentWithoutAttachments_whenChecked_thenFalse() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        Document attached = givenLibraryDocument(tenant);
        Document free = givenLibraryDocument(tenant);
        inTx(() -> repository().save(Attachment.attach(tenant.id(), response, attached.id(), 1, false, T0)));

        assertThat(repository().existsForDocument(tenant.id(), free.id())).isFalse();
    }

    @Test
    void givenAnotherTenant_whenChecked_thenFalse() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        Tenant other = givenTenant();
        Document document = givenLibraryDocument(tenant);
        inTx(() -> repository().save(Attachment.attach(tenant.id(), response, document.id(), 1, false, T0)));

        assertThat(repository().existsForDocument(other.id(), document.id())).isFalse();
    }

    @Test
    void givenAttachedDocument_whenDeleted_thenTheDatabaseRefusesAsAPortFailure() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        Document document = givenLibraryDocument(tenant);
        inTx(() -> repository().save(Attachment.attach(tenant.id(), response, document.id(), 1, false, T0)));

        assertThatThrownBy(
                        () -> tx.inTransaction(() -> new JpaDocumentRepository(em).delete(tenant.id(), document.id())))
                .isInstanceOf(PersistenceFailureException.class);
        em.clear();
        assertThat(new JpaDocumentRepository(em).findById(tenant.id(), document.id()))
                .isPresent();
    }

    @Test
    void givenUnknownDocument_whenAttached_thenRefused() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        Attachment attachment = Attachment.attach(
                tenant.id(), response, dev.dossier.domain.document.DocumentId.generate(), 1, false, T0);

        assertThatThrownBy(() -> tx.inTransaction(() -> repository().save(attachment)))
                .isInstanceOf(PersistenceFailureException.class);
    }

    @Test
    void givenAttachments_whenListedForResponse_thenNewestFirstAndOnlyThatResponsesOwn() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        ResponseId other = givenResponse(tenant);
        Document document = givenLibraryDocument(tenant);
        Attachment older = Attachment.attach(tenant.id(), response, document.id(), 1, false, T0);
        Attachment newer = Attachment.attach(tenant.id(), response, document.id(), 2, false, T0.plusSeconds(5));
        Attachment elsewhere = Attachment.attach(tenant.id(), other, document.id(), 1, false, T0.plusSeconds(9));
        inTx(() -> {
            repository().save(older);
            repository().save(newer);
            repository().save(elsewhere);
        });

        assertThat(repository().listForResponse(tenant.id(), response))
                .extracting(Attachment::id)
                .containsExactly(newer.id(), older.id());
        assertThat(repository().listForResponse(givenTenant().id(), response)).isEmpty();
        assertThat(repository().countForDocument(tenant.id(), document.id())).isEqualTo(3);
        assertThat(repository().existsUploadedThroughResponse(tenant.id(), document.id()))
                .isFalse();
        Attachment answer = Attachment.attach(tenant.id(), other, document.id(), 2, true, T0);
        inTx(() -> repository().save(answer));
        assertThat(repository().existsUploadedThroughResponse(tenant.id(), document.id()))
                .isTrue();
        assertThat(repository().existsUploadedThroughResponse(givenTenant().id(), document.id()))
                .isFalse();
    }

    @Test
    void givenAttachment_whenFoundByIdOfAnotherTenant_thenEmpty() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        Document document = givenLibraryDocument(tenant);
        Attachment attachment = Attachment.attach(tenant.id(), response, document.id(), 1, true, T0);
        inTx(() -> repository().save(attachment));

        assertThat(repository().findById(tenant.id(), attachment.id()))
                .get()
                .extracting(Attachment::documentId)
                .isEqualTo(document.id());
        assertThat(repository().findById(givenTenant().id(), attachment.id())).isEmpty();
    }

    @Test
    void givenResponseAttachments_whenMarkedSubmitted_thenOnlyThatResponsesAreSubmitted() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        ResponseId other = givenResponse(tenant);
        Document document = givenLibraryDocument(tenant);
        Attachment mine = Attachment.attach(tenant.id(), response, document.id(), 1, false, T0);
        Attachment theirs = Attachment.attach(tenant.id(), other, document.id(), 1, false, T0);
        inTx(() -> {
            repository().save(mine);
            repository().save(theirs);
        });

        inTx(() -> repository().markSubmitted(tenant.id(), response));

        assertThat(stored(mine.id()).submitted()).isTrue();
        assertThat(stored(theirs.id()).submitted()).isFalse();
    }

    @Test
    void givenAttachment_whenDeleted_thenGoneAndTheDocumentFreeAgain() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        Document document = givenLibraryDocument(tenant);
        Attachment attachment = Attachment.attach(tenant.id(), response, document.id(), 1, false, T0);
        inTx(() -> repository().save(attachment));

        inTx(() -> repository().delete(givenTenant().id(), attachment.id()));
        assertThat(repository().findById(tenant.id(), attachment.id())).isPresent();

        inTx(() -> repository().delete(tenant.id(), attachment.id()));
        assertThat(repository().findById(tenant.id(), attachment.id())).isEmpty();
        assertThat(repository().existsForDocument(tenant.id(), document.id())).isFalse();
    }

    @Test
    void givenAttachmentsOfTwoResponses_whenPaged_thenOnlyThatResponsesNewestFirst() {
        Tenant tenant = givenTenant();
        ResponseId response = givenResponse(tenant);
        ResponseId other = givenResponse(tenant);
        Document document = givenLibraryDocument(tenant);
        Attachment older = Attachment.attach(tenant.id(), response, document.id(), 1, false, T0);
        Attachment newer = Attachment.attach(tenant.id(), response, document.id(), 2, false, T0.plusSeconds(1));
        inTx(() -> {
            repository().save(older);
            repository().save(newer);
            repository().save(Attachment.attach(tenant.id(), other, document.id(), 1, false, T0.plusSeconds(2)));
        });

        var page = repository().page(tenant.id(), response, dev.dossier.application.paging.KeysetRequest.first(1));
        assertThat(page.items()).extracting(Attachment::id).containsExactly(newer.id());
        assertThat(page.hasOlder()).isTrue();
        assertThat(repository()
                        .page(givenTenant().id(), response, dev.dossier.application.paging.KeysetRequest.first(5))
                        .items())
                .isEmpty();
    }
}
