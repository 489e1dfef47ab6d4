package dev.dossier.application.service.document;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.fakes.Audits;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryAuditEventRepository;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class GetDocumentServiceTest {
    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryContentStore store = new InMemoryContentStore();
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final InMemoryAuditEventRepository events = new InMemoryAuditEventRepository();
    private final GetDocumentService service = new GetDocumentService(documents, Audits.into(events, NOW), tx);

    private Document stored(TenantId owner, DocumentOwner documentOwner, Classification classification) {
        return Fixtures.storedDocument(documents, store, owner, documentOwner, "Passport", classification, NOW);
    }

    @Test
    void givenOwnLibraryDocument_whenRead_thenReturned() {
        Document d = stored(tenant, DocumentOwner.library(), null);
        assertThat(service.get(new DocumentRef(caller, DocumentOwner.library(), d.id())))
                .isSameAs(d);
    }

    @Test
    void givenOrdinaryDocument_whenRead_thenNoTransaction_andAConfidentialReadCommitsItsAuditInOne() {
        Document ordinary = stored(tenant, DocumentOwner.library(), null);
        int storedEvents = events.all().size();
        service.get(new DocumentRef(caller, DocumentOwner.library(), ordinary.id()));
        assertThat(tx.reads()).isEqualTo(1);
        assertThat(tx.started()).isZero();
        assertThat(events.all()).hasSize(storedEvents);

        Document confidential = stored(tenant, DocumentOwner.library(), Classification.CONFIDENTIAL);
        service.get(new DocumentRef(caller, DocumentOwner.library(), confidential.id()));
        assertThat(tx.reads()).isEqualTo(2);
        assertThat(tx.committed()).isEqualTo(1);
        assertThat(events.all()).hasSize(storedEvents + 1);
        AuditEvent read = events.all().get(storedEvents);
        assertThat(read.documentId()).isEqualTo(confidential.id());
        assertThat(read.action()).isEqualTo(AuditAction.READ);
    }

    @Test
    void givenOwnEntityDocument_whenReadThroughItsEntity_thenReturned() {
        EntityId entity = EntityId.generate();
        Document d = stored(tenant, DocumentOwner.entity(entity), null);
        assertThat(service.get(new DocumentRef(caller, DocumentOwner.entity(entity), d.id())))
                .isSameAs(d);
    }

    @Test
    void givenOtherTenantsDocumentId_whenRead_thenNotFound() {
        Document foreign = stored(TenantId.generate(), DocumentOwner.library(), null);
        assertThatThrownBy(() -> service.get(new DocumentRef(caller, DocumentOwner.library(), foreign.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenUnknownId_whenRead_thenNotFound() {
        assertThatThrownBy(() -> service.get(new DocumentRef(caller, DocumentOwner.library(), DocumentId.generate())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenOwnerMismatch_whenRead_thenNotFound() {
        EntityId entity = EntityId.generate();
        Document library = stored(tenant, DocumentOwner.library(), null);
        Document onEntity = stored(tenant, DocumentOwner.entity(entity), null);

        assertThatThrownBy(() -> service.get(new DocumentRef(caller, DocumentOwner.entity(entity), library.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(new DocumentRef(caller, DocumentOwner.library(), onEntity.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        service.get(new DocumentRef(caller, DocumentOwner.entity(EntityId.generate()), onEntity.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenConfidentialDocument_whenReadWithoutConfidentialScope_thenMetadataReturned() {
        // the contract restricts downloads of confidential documents, not their metadata
        Document d = stored(tenant, DocumentOwner.library(), Classification.CONFIDENTIAL);
        assertThat(service.get(new DocumentRef(caller, DocumentOwner.library(), d.id())))
                .isSameAs(d);
    }

    @Test
    void givenKeyWithoutDocumentsScope_whenRead_thenForbidden() {
        Document d = stored(tenant, DocumentOwner.library(), null);
        Caller reviewer = Fixtures.caller(tenant, Scope.REVIEW);
        assertThatThrownBy(() -> service.get(new DocumentRef(reviewer, DocumentOwner.library(), d.id())))
                .isInstanceOfSatisfying(
                        ForbiddenException.class,
                        e -> assertThat(e.missingScope()).isEqualTo(Scope.DOCUMENTS));
    }
}
