package dev.dossier.application.port.in.entity;

import dev.dossier.application.paging.PageCursors;
import dev.dossier.domain.entity.Entity;
import java.util.List;
import java.util.Objects;

/** A page of entities, newest first, with the total count and, for a cursor page, its cursors. */
public record EntityPage(long totalCount, List<Entity> entities, PageCursors cursors) {
    public EntityPage {
        entities = List.copyOf(entities);
        Objects.requireNonNull(cursors, "cursors");
    }

    public EntityPage(long totalCount, List<Entity> entities) {
        this(totalCount, entities, PageCursors.NONE);
    }
}
