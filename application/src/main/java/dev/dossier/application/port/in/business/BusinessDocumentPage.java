package dev.dossier.application.port.in.business;

import java.util.List;

/** One offset page of a business's documents and how many match the filters in all. */
public record BusinessDocumentPage(long totalCount, int limit, int offset, List<BusinessDocument> documents) {
    public BusinessDocumentPage {
        documents = List.copyOf(documents);
    }
}
