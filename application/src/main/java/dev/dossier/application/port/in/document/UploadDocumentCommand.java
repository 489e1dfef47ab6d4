package dev.dossier.application.port.in.document;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.document.DocumentOwner;
import java.util.Objects;

/**
 * Input of {@link UploadDocumentUseCase}. Field values arrive raw (any may be {@code null})
 * and are checked together by the service, so one 400 names every problem. {@code fileName}
 * and {@code content} are {@code null} when no file part was sent.
 */
public record UploadDocumentCommand(Caller caller, DocumentOwner owner, String fileName, UploadContent content,
                                    String documentType, String classification, String expiryDate) {
    public UploadDocumentCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(owner, "owner");
    }
}
