package dev.dossier.application.service.entity;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.entity.GetEntityUseCase;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.Scope;

/** Use case: read one entity of the caller's tenant. */
public final class GetEntityService implements GetEntityUseCase {
    private final EntityRepository entities;

    public GetEntityService(EntityRepository entities) {
        this.entities = entities;
    }

    @Override
    public Entity get(Caller caller, EntityId entityId) {
        caller.require(Scope.DOCUMENTS);
        return entities.findById(caller.tenantId(), entityId).orElseThrow(() -> new NotFoundException("entity"));
    }
}
