package dev.dossier.application.port.in.entity;

import dev.dossier.domain.entity.Entity;
import java.util.List;

/** A page of entities, newest first, with the total count. */
public record EntityPage(long totalCount, List<Entity> entities) {
    public EntityPage {
        entities = List.copyOf(entities);
    }
}
