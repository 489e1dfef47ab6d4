package dev.dossier.application.port.in.document;

import dev.dossier.domain.document.Document;
import dev.dossier.domain.entity.Entity;
import java.util.List;
import java.util.Optional;

/** Documents of one owner, newest first, with the number matching the filter and the owning entity if any. */
public record DocumentPage(long totalCount, List<Document> documents, Optional<Entity> entity) {
    public DocumentPage {
        documents = List.copyOf(documents);
    }
}
