package dev.dossier.application.port.in.document;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.document.DocumentOwner;
import java.util.Objects;
import java.util.Optional;

/** Input of {@link ListDocumentsUseCase}: whose documents, an optional type filter and how many. */
public record ListDocumentsQuery(Caller caller, DocumentOwner owner, Optional<String> documentType, int limit) {
    public ListDocumentsQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(documentType, "documentType");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
