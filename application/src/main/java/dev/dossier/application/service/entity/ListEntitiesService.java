package dev.dossier.application.service.entity;

import dev.dossier.application.paging.CursorPage;
import dev.dossier.application.paging.CursorPager;
import dev.dossier.application.paging.CursorScope;
import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.paging.Paging;
import dev.dossier.application.port.in.entity.EntityPage;
import dev.dossier.application.port.in.entity.ListEntitiesQuery;
import dev.dossier.application.port.in.entity.ListEntitiesUseCase;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.tenant.Scope;

/** Use case: list the caller's entities, newest first: the newest {@code limit}, or one cursor page. */
public final class ListEntitiesService implements ListEntitiesUseCase {
    private final EntityRepository entities;
    private final UnitOfWork tx;
    private final CursorPager pager;

    public ListEntitiesService(EntityRepository entities, UnitOfWork tx, CursorPager pager) {
        this.entities = entities;
        this.tx = tx;
        this.pager = pager;
    }

    @Override
    public EntityPage list(ListEntitiesQuery query) {
        query.caller().require(Scope.DOCUMENTS);
        var tenant = query.caller().tenantId();
        if (query.paging() instanceof PageRequest page) {
            CursorScope scope = CursorScope.of("entities", tenant);
            KeysetRequest keyset = pager.keyset(page, scope);
            return tx.inTransaction(() -> {
                CursorPage<Entity> cursorPage = pager.page(
                        keyset,
                        entities.page(tenant, keyset),
                        scope,
                        e -> new KeysetPosition(e.createdAt(), e.id().value()));
                return new EntityPage(entities.count(tenant), cursorPage.items(), cursorPage.cursors());
            });
        }
        int limit = ((Paging.Newest) query.paging()).limit();
        // count and page in one transaction, so they describe the same state
        return tx.inTransaction(() -> new EntityPage(entities.count(tenant), entities.list(tenant, limit)));
    }
}
