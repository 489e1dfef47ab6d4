package dev.dossier.application.service.document;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.InMemoryEntityRepository;
import dev.dossier.application.fakes.Pagers;
import dev.dossier.application.paging.PageCursors;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.DocumentPage;
import dev.dossier.application.port.in.document.ListDocumentsQuery;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final ListDocumentsService service = new ListDocumentsService(documents, entities, tx, Pagers.fixedKey());
    private Entity entity;

    @BeforeEach
    void setUp() {
        entity = Fixtures.entity(entities, tenant, "Acme Ltd", NOW.minusSeconds(86_400));
    }

    private Document libraryDoc(String label, long minutesAgo) {
        return Fixtures.storedDocument(
                documents, store, tenant, DocumentOwner.library(), label, null, NOW.minusSeconds(60 * minutesAgo));
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
        assertThat(tx.reads()).as("one read-only unit of work").isEqualTo(1);
        assertThat(tx.started()).as("no transaction for a read").isZero();
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
        assertThat(service.list(query(DocumentOwner.library(), Optional.of("   "), 10))
                        .totalCount())
                .isEqualTo(2);
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
        Document onEntity = Fixtures.storedDocument(
                documents, store, tenant, DocumentOwner.entity(entity.id()), "Passport", null, NOW);
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
        Fixtures.storedDocument(
                documents, store, otherTenant, DocumentOwner.entity(foreign.id()), "Passport", null, NOW);
        assertThatThrownBy(() -> service.list(query(DocumentOwner.entity(foreign.id()), Optional.empty(), 10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenKeyWithoutDocumentsScope_whenListed_thenForbidden() {
        Caller reviewer = Fixtures.caller(tenant, Scope.REVIEW);
        assertThatThrownBy(() ->
                        service.list(new ListDocumentsQuery(reviewer, DocumentOwner.library(), Optional.empty(), 10)))
                .isInstanceOfSatisfying(
                        ForbiddenException.class,
                        e -> assertThat(e.missingScope()).isEqualTo(Scope.DOCUMENTS));
    }

    @Test
    void givenNoDocuments_whenListed_thenEmptyPageWithZeroCount() {
        DocumentPage page = service.list(query(DocumentOwner.library(), Optional.empty(), 10));
        assertThat(page.totalCount()).isZero();
        assertThat(page.documents()).isEmpty();
    }

    private DocumentPage page(DocumentOwner owner, String type, PageRequest request) {
        return service.list(new ListDocumentsQuery(caller, owner, Optional.ofNullable(type), request));
    }

    private static void assertInvalidCursor(Runnable call, String parameter) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of(parameter, List.of("Invalid cursor."))));
    }

    @Test
    void givenLimitQuery_whenListed_thenNoCursors() {
        libraryDoc("Passport", 2);
        libraryDoc("Passport", 1);
        assertThat(service.list(query(DocumentOwner.library(), Optional.empty(), 1))
                        .cursors())
                .isEqualTo(PageCursors.NONE);
    }

    @Test
    void givenSevenDocuments_whenPagedByThree_thenEachPageNewestFirst_withCountAndCursors() {
        List<Document> docs = new ArrayList<>();
        for (int i = 7; i >= 1; i--) {
            docs.add(0, libraryDoc("Passport", i));
        }
        // docs.get(0) is the newest
        DocumentPage p1 = page(DocumentOwner.library(), null, PageRequest.first(3));
        assertThat(p1.documents()).containsExactly(docs.get(0), docs.get(1), docs.get(2));
        assertThat(p1.totalCount()).isEqualTo(7);
        assertThat(p1.cursors().hasMore()).isTrue();
        assertThat(p1.cursors().prevCursor()).isEmpty();

        DocumentPage p2 = page(
                DocumentOwner.library(),
                null,
                PageRequest.after(p1.cursors().nextCursor().orElseThrow(), 3));
        assertThat(p2.documents()).containsExactly(docs.get(3), docs.get(4), docs.get(5));
        DocumentPage p3 = page(
                DocumentOwner.library(),
                null,
                PageRequest.after(p2.cursors().nextCursor().orElseThrow(), 3));
        assertThat(p3.documents()).containsExactly(docs.get(6));
        assertThat(p3.cursors().hasMore()).isFalse();

        DocumentPage back = page(
                DocumentOwner.library(),
                null,
                PageRequest.before(p3.cursors().prevCursor().orElseThrow(), 3));
        assertThat(back.documents()).isEqualTo(p2.documents());
    }

    @Test
    void givenTypeFilter_whenPaged_thenCursorsKeepTheFilter_andAnotherSpellingOfItIsTheSameList() {
        for (int i = 10; i >= 1; i--) {
            libraryDoc(i % 2 == 0 ? "Bank Statement" : "Passport", i);
        }
        DocumentPage p1 = page(DocumentOwner.library(), "Bank Statement", PageRequest.first(3));
        assertThat(p1.totalCount()).isEqualTo(5);
        String next = p1.cursors().nextCursor().orElseThrow();

        DocumentPage p2 = page(DocumentOwner.library(), " bank STATEMENT ", PageRequest.after(next, 3));
        assertThat(p2.documents())
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.documentType()).isEqualTo("Bank Statement"));

        assertInvalidCursor(() -> page(DocumentOwner.library(), "Passport", PageRequest.after(next, 3)), "after");
        assertInvalidCursor(() -> page(DocumentOwner.library(), null, PageRequest.after(next, 3)), "after");
    }

    @Test
    void givenCursorOfTheLibrary_whenUsedOnAnEntityOrByAnotherTenant_thenInvalidCursor_beforeTheEntityIsLookedUp() {
        for (int i = 4; i >= 1; i--) {
            libraryDoc("Passport", i);
        }
        String next = page(DocumentOwner.library(), null, PageRequest.first(2))
                .cursors()
                .nextCursor()
                .orElseThrow();
        int reads = tx.reads();

        assertInvalidCursor(() -> page(DocumentOwner.entity(entity.id()), null, PageRequest.after(next, 2)), "after");
        assertInvalidCursor(
                () -> page(DocumentOwner.entity(EntityId.generate()), null, PageRequest.after(next, 2)), "after");
        Caller stranger = Fixtures.caller(TenantId.generate(), Scope.DOCUMENTS);
        assertInvalidCursor(
                () -> service.list(new ListDocumentsQuery(
                        stranger, DocumentOwner.library(), Optional.empty(), PageRequest.after(next, 2))),
                "after");
        assertInvalidCursor(() -> page(DocumentOwner.library(), null, PageRequest.before(next, 2)), "before");
        assertThat(tx.reads()).isEqualTo(reads);
    }

    @Test
    void givenEntityOwner_whenPaged_thenTheEntityAndItsCountCome_andAMissingEntityIsNotFound() {
        for (int i = 0; i < 3; i++) {
            Fixtures.storedDocument(
                    documents, store, tenant, DocumentOwner.entity(entity.id()), "Passport", null, NOW.minusSeconds(i));
        }
        DocumentPage p = page(DocumentOwner.entity(entity.id()), null, PageRequest.first(2));
        assertThat(p.entity()).contains(entity);
        assertThat(p.totalCount()).isEqualTo(3);
        assertThat(p.documents()).hasSize(2);
        assertThatThrownBy(() -> page(DocumentOwner.entity(EntityId.generate()), null, PageRequest.first(2)))
                .isInstanceOf(NotFoundException.class);
    }
}
