package dev.dossier.application.port.in.entity;

import dev.dossier.domain.entity.Entity;

/** Use case: create an entity (company or individual) of the caller's tenant. */
public interface CreateEntityUseCase {
    Entity create(CreateEntityCommand command);
}
