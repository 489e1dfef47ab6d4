package dev.dossier.application.port.in.response;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.attachment.ResponseId;
import java.util.Objects;

/** Input of {@link AttachDocumentUseCase}: raw ids, checked by the service. */
public record AttachDocumentCommand(Caller caller, ResponseId responseId, String documentId, String fileQuestionId) {
    public AttachDocumentCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(responseId, "responseId");
    }
}
