package dev.dossier.application.port.in.document;

import dev.dossier.application.paging.Paging;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.document.DocumentOwner;
import java.util.Objects;
import java.util.Optional;

/**
 * Input of {@link ListDocumentsUseCase}: whose documents, an optional type filter, and how the list
 * is cut: the newest {@code limit} (Library v1) or one cursor page (v2, a
 * {@link dev.dossier.application.paging.PageRequest}).
 */
public record ListDocumentsQuery(Caller caller, DocumentOwner owner, Optional<String> documentType, Paging paging) {
    public ListDocumentsQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(paging, "paging");
    }

    /** The newest {@code limit} documents. */
    public ListDocumentsQuery(Caller caller, DocumentOwner owner, Optional<String> documentType, int limit) {
        this(caller, owner, documentType, Paging.newest(limit));
    }
}
