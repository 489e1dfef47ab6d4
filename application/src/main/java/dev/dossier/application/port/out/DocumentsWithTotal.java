package dev.dossier.application.port.out;

import dev.dossier.domain.document.Document;
import java.util.List;

/** Some of the documents a filter selects, with the exact number it selects. */
public record DocumentsWithTotal(List<Document> documents, long total) {
    public DocumentsWithTotal {
        documents = List.copyOf(documents);
        if (total < documents.size()) {
            throw new IllegalArgumentException("a total below the documents listed");
        }
    }
}
