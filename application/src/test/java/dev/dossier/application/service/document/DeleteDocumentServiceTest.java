package dev.dossier.application.service.document;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.fakes.Audits;
import dev.dossier.application.fakes.CountingOperationsMeter;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.FixedTimeSource;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryAttachmentRepository;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.InMemoryDownloadTokenRepository;
import dev.dossier.application.fakes.InMemoryEventOutbox;
import dev.dossier.application.fakes.InMemoryLegalHoldRepository;
import dev.dossier.application.fakes.SequenceSecretGenerator;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.service.hold.LegalHolds;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.DocumentReferencedException;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.LegalHold;
import dev.dossier.domain.hold.UnderLegalHoldException;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteDocumentServiceTest {
    private final InMemoryEventOutbox events = new InMemoryEventOutbox();
    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryAttachmentRepository attachments = new InMemoryAttachmentRepository();
    private final InMemoryDownloadTokenRepository tokens = new InMemoryDownloadTokenRepository();
    private final InMemoryContentStore store = new InMemoryContentStore();
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final InMemoryLegalHoldRepository holds = new InMemoryLegalHoldRepository(entity -> List.of());
    private final DeleteDocumentService service = new DeleteDocumentService(
            documents,
            attachments,
            tokens,
            store,
            Audits.unobserved(),
            new LegalHolds(holds),
            tx,
            new FixedTimeSource(NOW),
            events);
    private final IssueDownloadLinkService links = new IssueDownloadLinkService(
            documents,
            new DownloadLinkIssuer(
                    tokens,
                    new SequenceSecretGenerator(),
                    new FixedTimeSource(NOW),
                    Audits.unobserved(),
                    new CountingOperationsMeter()),
            new DirectUnitOfWork());
    private Document document;
    private Document neighbour;

    @BeforeEach
    void setUp() {
        document = Fixtures.storedDocument(documents, store, tenant, DocumentOwner.library(), "Passport", null, NOW);
        neighbour = Fixtures.storedDocument(documents, store, tenant, DocumentOwner.library(), "Contract", null, NOW);
        links.issue(new DocumentRef(caller, DocumentOwner.library(), document.id()));
        links.issue(new DocumentRef(caller, DocumentOwner.library(), document.id()));
        links.issue(new DocumentRef(caller, DocumentOwner.library(), neighbour.id()));
    }

    private DocumentRef ref(Document d) {
        return new DocumentRef(caller, DocumentOwner.library(), d.id());
    }

    private void assertStillThere(Document d) {
        assertThat(documents.findById(tenant, d.id())).contains(d);
        assertThat(store.exists(d.file().storageKey())).isTrue();
    }

    @Test
    void givenUnreferencedDocument_whenDeleted_thenRowTokensAndBytesRemoved() {
        service.delete(ref(document));

        assertThat(documents.findById(tenant, document.id())).isEmpty();
        assertThat(tokens.all()).extracting(t -> t.documentId()).containsOnly(neighbour.id());
        assertThat(store.exists(document.file().storageKey())).isFalse();
        assertThat(store.deleteCalls()).containsExactly(document.file().storageKey());
        assertThat(tx.committed()).isEqualTo(1);
        assertStillThere(neighbour);
        assertThat(events.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.DOCUMENT_DELETED);
            assertThat(e.tenantId()).isEqualTo(tenant);
            assertThat(e.data())
                    .containsEntry("document_id", document.id().value().toString());
        });
    }

    @Test
    void givenReferencedDocument_whenDeleted_thenRefused_andNothingRemoved() {
        attachments.save(Attachment.attach(tenant, ResponseId.generate(), document.id(), 1, false, NOW));

        assertThatThrownBy(() -> service.delete(ref(document)))
                .isInstanceOf(DocumentReferencedException.class)
                .hasMessage("This document is referenced in one or more responses.");
        assertThat(events.events()).isEmpty();

        assertStillThere(document);
        assertThat(tokens.all())
                .filteredOn(t -> t.documentId().equals(document.id()))
                .hasSize(2);
        assertThat(store.deleteCalls()).isEmpty();
        assertThat(tx.rolledBack()).isEqualTo(1);
    }

    @Test
    void givenOtherTenantsDocumentId_whenDeleted_thenNotFound_andNothingRemoved() {
        Caller stranger = Fixtures.caller(TenantId.generate(), Scope.DOCUMENTS);
        assertThatThrownBy(() -> service.delete(new DocumentRef(stranger, DocumentOwner.library(), document.id())))
                .isInstanceOf(NotFoundException.class);
        assertStillThere(document);
        assertThat(tokens.all()).hasSize(3);
        assertThat(store.deleteCalls()).isEmpty();
    }

    @Test
    void givenOwnerMismatch_whenDeleted_thenNotFound_andNothingRemoved() {
        assertThatThrownBy(() -> service.delete(
                        new DocumentRef(caller, DocumentOwner.entity(EntityId.generate()), document.id())))
                .isInstanceOf(NotFoundException.class);
        assertStillThere(document);
        assertThat(store.deleteCalls()).isEmpty();
    }

    @Test
    void givenStoreDeleteFailsAfterCommit_whenDeleted_thenCallSucceeds_andDocumentGone() {
        store.failDeletes(true);
        assertThatCode(() -> service.delete(ref(document))).doesNotThrowAnyException();
        assertThat(documents.findById(tenant, document.id())).isEmpty();
        assertThat(tokens.all()).extracting(t -> t.documentId()).containsOnly(neighbour.id());
        assertThat(store.deleteCalls()).containsExactly(document.file().storageKey());
    }

    @Test
    void givenKeyWithoutDocumentsScope_whenDeleted_thenForbidden_andNothingRemoved() {
        Caller reviewer = Fixtures.caller(tenant, Scope.REVIEW, Scope.CONFIDENTIAL);
        assertThatThrownBy(() -> service.delete(new DocumentRef(reviewer, DocumentOwner.library(), document.id())))
                .isInstanceOfSatisfying(
                        ForbiddenException.class,
                        e -> assertThat(e.missingScope()).isEqualTo(Scope.DOCUMENTS));
        assertStillThere(document);
        assertThat(tokens.all()).hasSize(3);
    }

    @Test
    void givenDeletedDocument_whenDeletedAgain_thenNotFound() {
        service.delete(ref(document));
        assertThatThrownBy(() -> service.delete(ref(document))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenHeldDocument_whenDeleted_thenRefusedUntilTheHoldIsLifted() {
        holds.put(new LegalHold(tenant, HoldTarget.document(document.id()), "Case 12", NOW, "legal@example.com"));

        assertThatThrownBy(() -> service.delete(ref(document)))
                .isInstanceOf(UnderLegalHoldException.class)
                .hasMessage("This document is under legal hold.");
        assertStillThere(document);
        assertThat(tokens.all()).extracting(t -> t.documentId()).contains(document.id());

        holds.remove(tenant, HoldTarget.document(document.id()));
        service.delete(ref(document));
        assertThat(documents.findById(tenant, document.id())).isEmpty();
    }

    @Test
    void givenDocumentOfHeldEntity_whenDeleted_thenRefused() {
        EntityId entity = EntityId.generate();
        Document owned =
                Fixtures.storedDocument(documents, store, tenant, DocumentOwner.entity(entity), "Passport", null, NOW);
        holds.put(new LegalHold(tenant, HoldTarget.entity(entity), "Case 12", NOW, "legal@example.com"));

        assertThatThrownBy(() -> service.delete(new DocumentRef(caller, DocumentOwner.entity(entity), owned.id())))
                .isInstanceOf(UnderLegalHoldException.class);
        assertStillThere(owned);
    }
}
