package dev.dossier.application.port.in.response;

import dev.dossier.application.paging.CursorPage;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.attachment.ResponseId;
import java.util.List;

/** Use case: the documents attached to a response, newest first. */
public interface ListResponseDocumentsUseCase {
    /** All of them (Library v1 answers with a plain array). */
    List<AttachmentView> list(Caller caller, ResponseId responseId);

    /** One cursor page of them (Library v2's answer files). */
    CursorPage<AttachmentView> page(Caller caller, ResponseId responseId, PageRequest page);
}
