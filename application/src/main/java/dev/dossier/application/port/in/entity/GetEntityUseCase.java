package dev.dossier.application.port.in.entity;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;

/** Use case: read one entity of the caller's tenant. */
public interface GetEntityUseCase {
    /** @throws dev.dossier.application.error.NotFoundException when missing or another tenant's */
    Entity get(Caller caller, EntityId entityId);
}
