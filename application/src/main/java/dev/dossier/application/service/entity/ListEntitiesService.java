package dev.dossier.application.service.entity;

import dev.dossier.application.port.in.entity.EntityPage;
import dev.dossier.application.port.in.entity.ListEntitiesQuery;
import dev.dossier.application.port.in.entity.ListEntitiesUseCase;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.tenant.Scope;

/** Use case: list the caller's entities, newest first. */
public final class ListEntitiesService implements ListEntitiesUseCase {
    private final EntityRepository entities;
    private final UnitOfWork tx;

    public ListEntitiesService(EntityRepository entities, UnitOfWork tx) {
        this.entities = entities;
        this.tx = tx;
    }

    @Override
    public EntityPage list(ListEntitiesQuery query) {
        query.caller().require(Scope.DOCUMENTS);
        var tenant = query.caller().tenantId();
        // count and page in one transaction, so they describe the same state
        return tx.inTransaction(() -> new EntityPage(entities.count(tenant), entities.list(tenant, query.limit())));
    }
}
