package dev.dossier.application.service.response;

import dev.dossier.application.port.in.response.AttachmentDownloadLink;
import dev.dossier.application.port.in.response.AttachmentRef;
import dev.dossier.application.port.in.response.IssueResponseDocumentLinkUseCase;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.document.DownloadLinkIssuer;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.tenant.Scope;

/** Use case: a single-use download link for an attachment's document (same rules as any link). */
public final class IssueResponseDocumentLinkService implements IssueResponseDocumentLinkUseCase {
    private final ResponseLookup lookup;
    private final DownloadLinkIssuer links;
    private final UnitOfWork tx;

    public IssueResponseDocumentLinkService(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            DocumentRepository documents,
            DownloadLinkIssuer links,
            UnitOfWork tx) {
        this.lookup = new ResponseLookup(responses, attachments, documents);
        this.links = links;
        this.tx = tx;
    }

    @Override
    public AttachmentDownloadLink issue(AttachmentRef ref) {
        ref.caller().require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            lookup.response(ref.caller(), ref.responseId());
            Attachment attachment = lookup.attachment(ref);
            return new AttachmentDownloadLink(
                    links.issueFor(lookup.document(attachment), ref.caller()), attachment.id());
        });
    }
}
