package dev.dossier.application.service.response;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.response.AttachmentView;
import dev.dossier.application.port.in.response.ListResponseDocumentsUseCase;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.Scope;
import java.util.List;

/** Use case: a response's attachments with their documents, newest first. */
public final class ListResponseDocumentsService implements ListResponseDocumentsUseCase {
    private final ResponseLookup lookup;
    private final AttachmentRepository attachments;
    private final UnitOfWork tx;

    public ListResponseDocumentsService(QuestionnaireResponseRepository responses, AttachmentRepository attachments,
                                        DocumentRepository documents, UnitOfWork tx) {
        this.lookup = new ResponseLookup(responses, attachments, documents);
        this.attachments = attachments;
        this.tx = tx;
    }

    @Override
    public List<AttachmentView> list(Caller caller, ResponseId responseId) {
        caller.require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            QuestionnaireResponse response = lookup.response(caller, responseId);
            return attachments.listForResponse(caller.tenantId(), responseId).stream()
                    .map(a -> ResponseLookup.view(response, a, lookup.document(a)))
                    .toList();
        });
    }
}
