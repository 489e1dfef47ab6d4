package dev.dossier.application.service.document;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.paging.CursorPage;
import dev.dossier.application.paging.CursorPager;
import dev.dossier.application.paging.CursorScope;
import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.paging.Paging;
import dev.dossier.application.port.in.document.DocumentPage;
import dev.dossier.application.port.in.document.ListDocumentsQuery;
import dev.dossier.application.port.in.document.ListDocumentsUseCase;
import dev.dossier.application.port.out.DocumentFilter;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.DocumentsWithTotal;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.tenant.Scope;
import java.util.Locale;
import java.util.Optional;

/**
 * Use case: list an owner's documents, newest first, with the number matching the filter: the newest
 * {@code limit}, or one cursor page whose cursors are bound to the tenant, the owner and the filter.
 */
public final class ListDocumentsService implements ListDocumentsUseCase {
    private final DocumentRepository documents;
    private final EntityRepository entities;
    private final UnitOfWork tx;
    private final CursorPager pager;

    public ListDocumentsService(
            DocumentRepository documents, EntityRepository entities, UnitOfWork tx, CursorPager pager) {
        this.documents = documents;
        this.entities = entities;
        this.tx = tx;
        this.pager = pager;
    }

    @Override
    public DocumentPage list(ListDocumentsQuery q) {
        q.caller().require(Scope.DOCUMENTS);
        DocumentFilter filter = new DocumentFilter(
                q.caller().tenantId(),
                q.owner(),
                q.documentType().map(String::strip).filter(t -> !t.isEmpty()));
        if (q.paging() instanceof PageRequest page) {
            CursorScope scope = scopeOf(filter);
            // a bad cursor is a 400 before anything is read, whoever owns the list
            KeysetRequest keyset = pager.keyset(page, scope);
            return tx.read(() -> {
                Optional<Entity> entity = entityOf(q);
                CursorPage<Document> cursorPage =
                        pager.page(keyset, documents.page(filter, keyset), scope, ListDocumentsService::positionOf);
                return new DocumentPage(documents.count(filter), cursorPage.items(), entity, cursorPage.cursors());
            });
        }
        int limit = ((Paging.Newest) q.paging()).limit();
        return tx.read(() -> {
            Optional<Entity> entity = entityOf(q);
            DocumentsWithTotal newest = documents.newest(filter, limit);
            return new DocumentPage(newest.total(), newest.documents(), entity);
        });
    }

    private Optional<Entity> entityOf(ListDocumentsQuery q) {
        if (q.owner() instanceof DocumentOwner.Entity e) {
            return Optional.of(entities.findById(q.caller().tenantId(), e.entityId())
                    .orElseThrow(() -> new NotFoundException("entity")));
        }
        return Optional.empty();
    }

    /** A cursor is valid on one tenant's list of one owner with one type filter (case-insensitive, as matched). */
    private static CursorScope scopeOf(DocumentFilter filter) {
        String owner = filter.owner() instanceof DocumentOwner.Entity e ? "entity:" + e.entityId() : "library";
        return CursorScope.of(
                "documents", filter.tenantId(), owner, filter.documentType().map(t -> t.toLowerCase(Locale.ROOT)));
    }

    private static KeysetPosition positionOf(Document d) {
        return new KeysetPosition(d.createdAt(), d.id().value());
    }
}
