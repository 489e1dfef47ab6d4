package dev.dossier.application.port.in.entity;

/** Use case: list the caller's entities, newest first. */
public interface ListEntitiesUseCase {
    EntityPage list(ListEntitiesQuery query);
}
