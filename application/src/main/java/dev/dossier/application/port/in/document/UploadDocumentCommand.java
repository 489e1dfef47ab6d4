package dev.dossier.application.port.in.document;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.document.DocumentOwner;
import java.util.Objects;

/**
 * Input of {@link UploadDocumentUseCase}. Field values arrive raw (any may be {@code null})
 * and are checked together by the service, so one 400 names every problem. {@code fileName}
 * and {@code content} are {@code null} when no file part was sent. {@code business} is set
 * by the business surface, whose {@code type} and {@code user_data} replace {@code document_type}.
 */
public record UploadDocumentCommand(
        Caller caller,
        DocumentOwner owner,
        String fileName,
        UploadContent content,
        String documentType,
        String classification,
        String expiryDate,
        BusinessFields business) {
    public UploadDocumentCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(owner, "owner");
    }

    /** A Library upload. */
    public UploadDocumentCommand(
            Caller caller,
            DocumentOwner owner,
            String fileName,
            UploadContent content,
            String documentType,
            String classification,
            String expiryDate) {
        this(caller, owner, fileName, content, documentType, classification, expiryDate, null);
    }

    /**
     * The business surface's fields, raw: {@code type} (one of the six wire names) and {@code user_data} (a JSON
     * object).
     */
    public record BusinessFields(String type, String userData) {}
}
