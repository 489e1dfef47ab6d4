package dev.dossier.application.port.in.response;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.UploadContent;
import dev.dossier.domain.attachment.ResponseId;
import java.util.Objects;

/** Input of {@link UploadResponseDocumentUseCase}: an upload plus the optional question it answers (raw). */
public record UploadResponseDocumentCommand(
        Caller caller,
        ResponseId responseId,
        String fileName,
        UploadContent content,
        String documentType,
        String classification,
        String expiryDate,
        String fileQuestionId) {
    public UploadResponseDocumentCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(responseId, "responseId");
    }
}
