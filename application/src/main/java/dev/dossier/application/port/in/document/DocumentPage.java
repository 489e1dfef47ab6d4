package dev.dossier.application.port.in.document;

import dev.dossier.application.paging.PageCursors;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.entity.Entity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Documents of one owner, newest first, with the number matching the filter, the owning entity if any,
 * and, for a cursor page, its cursors ({@link PageCursors#NONE} for the newest-{@code limit} cut).
 */
public record DocumentPage(long totalCount, List<Document> documents, Optional<Entity> entity, PageCursors cursors) {
    public DocumentPage {
        documents = List.copyOf(documents);
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(cursors, "cursors");
    }

    public DocumentPage(long totalCount, List<Document> documents, Optional<Entity> entity) {
        this(totalCount, documents, entity, PageCursors.NONE);
    }
}
