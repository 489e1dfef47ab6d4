package dev.dossier.application.port.in.document;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import java.util.Objects;

/** One document as a surface addresses it: by the caller, the owner in the path and the id. */
public record DocumentRef(Caller caller, DocumentOwner owner, DocumentId documentId) {
    public DocumentRef {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(documentId, "documentId");
    }
}
