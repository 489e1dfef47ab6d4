package dev.dossier.application.port.in.response;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.attachment.ResponseId;
import java.util.List;

/** Use case: the documents attached to a response, newest first. */
public interface ListResponseDocumentsUseCase {
    List<AttachmentView> list(Caller caller, ResponseId responseId);
}
