package dev.dossier.application.service.document;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.InMemoryEntityRepository;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.DocumentPage;
import dev.dossier.application.port.in.document.ListDocumentsQuery;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListDocumentsServiceTest {
    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryEntityRepository entities = new InMemoryEntityRepository();
    private final InMemoryContentStore store = new InMemoryContentStore();
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final ListDocumentsService service = new ListDocumentsService(documents, entities, tx);
    private Entity entity;

    @BeforeEach
    void setUp() {
        entity = Fixtures.entity(entities, tenant, "Acme Ltd", NOW.minusSeconds(86_400));
    }

    private Document libraryDoc(String label, long minutesAgo) {
        return Fixtures.storedDocument(documents, store, tenant, DocumentOwner.library(), label, null,
                NOW.minusSeconds(60 * minutesAgo));
    }

    private ListDocumentsQuery query(DocumentOwner owner, Optional<String> type, int limit) {
        return new ListDocumentsQuery(caller, owner, type, limit);
    }

    @Test
    void givenFiveDocuments_whenListedWithLimitTwo_thenTotalFive_andTheTwoNewest() {
        Document oldest = libraryDoc("Contract", 50);
        Document newest = libraryDoc("Passport", 10);
        libraryDoc("Tax Return", 40);
        Document second = libraryDoc("Bank Statement", 20);
        libraryDoc("Permit", 30);

        DocumentPage page = service.list(query(DocumentOwner.library(), Optional.empty(), 2));

        assertThat(page.totalCount()).isEqualTo(5);
        assertThat(page.documents()).containsExactly(newest, second);
        assertThat(page.documents()).doesNotContain(oldest);
        assertThat(page.entity()).isEmpty();
        assertThat(tx.started()).isEqualTo(1);
    }

    @Test
    void givenTypeFilter_whenListed_thenCaseInsensitiveAndStripped_andCountFollowsTheFilter() {
        libraryDoc("Passport", 3);
        libraryDoc("passport", 2);
        libraryDoc("Contract", 1);

        DocumentPage page = service.list(query(DocumentOwner.library(), Optional.of("  PASSPORT "), 10));

        assertThat(page.totalCount()).isEqualTo(2);
        assertThat(page.documents()).extracting(Document::documentType).containsExactly("passport", "Passport");
    }

    @Test
    void givenBlankTypeFilter_whenListed_thenNoFilter() {
        libraryDoc("Passport", 2);
        libraryDoc("Contract", 1);
        assertThat(service.list(query(DocumentOwner.library(), Optional.of("   "), 10)).totalCount()).isEqualTo(2);
    }

    @Test
    void givenOtherTenantsAndEntitysDocuments_whenLibraryListed_thenOnlyTheLibrarysOwn() {
        Document mine = libraryDoc("Passport", 1);
        Fixtures.storedDocument(documents, store, TenantId.generate(), DocumentOwner.library(), "Passport", null, NOW);
        Fixtures.storedDocument(documents, store, tenant, DocumentOwner.entity(entity.id()), "Passport", null, NOW);

        DocumentPage page = service.list(query(DocumentOwner.library(), Optional.empty(), 10));

        assertThat(page.totalCount()).isEqualTo(1);
        assertThat(page.documents()).containsExactly(mine);
    }

    @Test
    void givenEntityOwner_whenListed_thenItsDocumentsAndTheEntity() {
        Document onEntity = Fixtures.storedDocument(documents, store, tenant, DocumentOwner.entity(entity.id()),
                "Passport", null, NOW);
        libraryDoc("Passport", 1);
        Entity other = Fixtures.entity(entities, tenant, "Other Ltd", NOW);
        Fixtures.storedDocument(documents, store, tenant, DocumentOwner.entity(other.id()), "Passport", null, NOW);

        DocumentPage page = service.list(query(DocumentOwner.entity(entity.id()), Optional.empty(), 10));

        assertThat(page.totalCount()).isEqualTo(1);
        assertThat(page.documents()).containsExactly(onEntity);
        assertThat(page.entity()).contains(entity);
    }

    @Test
    void givenMissingEntity_whenListed_thenNotFound() {
        assertThatThrownBy(() -> service.list(query(DocumentOwner.entity(EntityId.generate()), Optional.empty(), 10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenOtherTenantsEntity_whenListed_thenNotFound_evenIfItHasDocuments() {
        TenantId otherTenant = TenantId.generate();
        Entity foreign = Fixtures.entity(entities, otherTenant, "Foreign Ltd", NOW);
        Fixtures.storedDocument(documents, store, otherTenant, DocumentOwner.entity(foreign.id()), "Passport", null, NOW);
        assertThatThrownBy(() -> service.list(query(DocumentOwner.entity(foreign.id()), Optional.empty(), 10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenKeyWithoutDocumentsScope_whenListed_thenForbidden() {
        Caller reviewer = Fixtures.caller(tenant, Scope.REVIEW);
        assertThatThrownBy(() -> service.list(new ListDocumentsQuery(reviewer, DocumentOwner.library(),
                Optional.empty(), 10)))
                .isInstanceOfSatisfying(ForbiddenException.class,
                        e -> assertThat(e.missingScope()).isEqualTo(Scope.DOCUMENTS));
    }

    @Test
    void givenNoDocuments_whenListed_thenEmptyPageWithZeroCount() {
        DocumentPage page = service.list(query(DocumentOwner.library(), Optional.empty(), 10));
        assertThat(page.totalCount()).isZero();
        assertThat(page.documents()).isEmpty();
    }
}
