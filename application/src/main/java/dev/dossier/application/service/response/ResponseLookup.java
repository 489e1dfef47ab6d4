package dev.dossier.application.service.response;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.response.AttachmentRef;
import dev.dossier.application.port.in.response.AttachmentView;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.response.FileQuestion;
import dev.dossier.domain.response.QuestionnaireResponse;

/** Finds responses and their attachments; another tenant's, or another response's attachment, reads as missing. */
final class ResponseLookup {
    private final QuestionnaireResponseRepository responses;
    private final AttachmentRepository attachments;
    private final DocumentRepository documents;

    ResponseLookup(
            QuestionnaireResponseRepository responses, AttachmentRepository attachments, DocumentRepository documents) {
        this.responses = responses;
        this.attachments = attachments;
        this.documents = documents;
    }

    QuestionnaireResponse response(Caller caller, ResponseId id) {
        return responses.findById(caller.tenantId(), id).orElseThrow(() -> new NotFoundException("response"));
    }

    Attachment attachment(AttachmentRef ref) {
        return attachments
                .findById(ref.caller().tenantId(), ref.attachmentId())
                .filter(a -> a.responseId().equals(ref.responseId()))
                .orElseThrow(() -> new NotFoundException("attachment"));
    }

    Document document(Attachment attachment) {
        // an attachment's document cannot be deleted while the attachment exists (the rule and a foreign key)
        return documents
                .findById(attachment.tenantId(), attachment.documentId())
                .orElseThrow(() -> new NotFoundException("document"));
    }

    /**
     * The attachment's document, its row locked until the transaction ends, and the attachment read
     * again under that lock: detaching takes turns per document, so the last detach of a document
     * counts the others after every earlier one has committed.
     */
    Attachment lockedAttachment(AttachmentRef ref) {
        Attachment attachment = attachment(ref);
        documents
                .lockById(attachment.tenantId(), attachment.documentId())
                .orElseThrow(() -> new NotFoundException("attachment"));
        return attachment(ref);
    }

    static AttachmentView view(QuestionnaireResponse response, Attachment attachment, Document document) {
        String type = attachment.fileQuestionId() == null
                ? null
                : response.fileQuestions().stream()
                        .filter(q -> q.id() == attachment.fileQuestionId())
                        .map(FileQuestion::documentType)
                        .findFirst()
                        .orElse(null);
        return new AttachmentView(attachment, document, type);
    }
}
