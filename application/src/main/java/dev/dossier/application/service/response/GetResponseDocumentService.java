package dev.dossier.application.service.response;

import dev.dossier.application.port.in.response.AttachmentRef;
import dev.dossier.application.port.in.response.AttachmentView;
import dev.dossier.application.port.in.response.GetResponseDocumentUseCase;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.document.DocumentAudit;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.Scope;

/** Use case: one attachment of a response; reading a confidential document is audited. */
public final class GetResponseDocumentService implements GetResponseDocumentUseCase {
    private final ResponseLookup lookup;
    private final DocumentAudit audit;
    private final UnitOfWork tx;

    public GetResponseDocumentService(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            DocumentRepository documents,
            DocumentAudit audit,
            UnitOfWork tx) {
        this.lookup = new ResponseLookup(responses, attachments, documents);
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public AttachmentView get(AttachmentRef ref) {
        ref.caller().require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            QuestionnaireResponse response = lookup.response(ref.caller(), ref.responseId());
            Attachment attachment = lookup.attachment(ref);
            Document document = lookup.document(attachment);
            audit.recordAccess(document, AuditAction.READ, ref.caller());
            return ResponseLookup.view(response, attachment, document);
        });
    }
}
