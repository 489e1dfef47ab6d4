package dev.dossier.application.service.response;

import dev.dossier.application.paging.CursorPage;
import dev.dossier.application.paging.CursorPager;
import dev.dossier.application.paging.CursorScope;
import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.response.AttachmentView;
import dev.dossier.application.port.in.response.ListResponseDocumentsUseCase;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.Scope;
import java.util.List;

/** Use case: a response's attachments with their documents, newest first. */
public final class ListResponseDocumentsService implements ListResponseDocumentsUseCase {
    private final ResponseLookup lookup;
    private final AttachmentRepository attachments;
    private final CursorPager pager;
    private final UnitOfWork tx;

    public ListResponseDocumentsService(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            DocumentRepository documents,
            CursorPager pager,
            UnitOfWork tx) {
        this.lookup = new ResponseLookup(responses, attachments, documents);
        this.attachments = attachments;
        this.pager = pager;
        this.tx = tx;
    }

    @Override
    public CursorPage<AttachmentView> page(Caller caller, ResponseId responseId, PageRequest page) {
        caller.require(Scope.DOCUMENTS);
        CursorScope scope = CursorScope.of("answer-files", caller.tenantId(), responseId);
        // a bad cursor is a 400 before anything is read, whoever owns the response
        KeysetRequest keyset = pager.keyset(page, scope);
        return tx.inTransaction(() -> {
            QuestionnaireResponse response = lookup.response(caller, responseId);
            CursorPage<Attachment> attachmentPage = pager.page(
                    keyset,
                    attachments.page(caller.tenantId(), responseId, keyset),
                    scope,
                    a -> new KeysetPosition(a.createdAt(), a.id().value()));
            return attachmentPage.map(a -> ResponseLookup.view(response, a, lookup.document(a)));
        });
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
