package dev.dossier.application.service.response;

import dev.dossier.application.port.in.document.UploadDocumentCommand;
import dev.dossier.application.port.in.response.AttachmentView;
import dev.dossier.application.port.in.response.UploadResponseDocumentCommand;
import dev.dossier.application.port.in.response.UploadResponseDocumentUseCase;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.service.document.DocumentUploader;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.Scope;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Use case: upload an answer file. It goes through the ordinary upload (all its checks) as an
 * entity document of the response's entity, and its attachment is written in the same
 * transaction as the document's row.
 */
public final class UploadResponseDocumentService implements UploadResponseDocumentUseCase {
    private final ResponseLookup lookup;
    private final DocumentUploader uploads;
    private final AttachmentRepository attachments;
    private final TimeSource time;

    public UploadResponseDocumentService(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            DocumentRepository documents,
            DocumentUploader uploads,
            TimeSource time) {
        this.lookup = new ResponseLookup(responses, attachments, documents);
        this.uploads = uploads;
        this.attachments = attachments;
        this.time = time;
    }

    @Override
    public AttachmentView upload(UploadResponseDocumentCommand c) {
        c.caller().require(Scope.DOCUMENTS);
        QuestionnaireResponse response = lookup.response(c.caller(), c.responseId());
        Integer questionId = QuestionIds.parse(c.fileQuestionId());
        if (questionId != null) {
            response.question(questionId);
        }
        AtomicReference<Attachment> attached = new AtomicReference<>();
        Document document = uploads.upload(
                new UploadDocumentCommand(
                        c.caller(),
                        DocumentOwner.entity(response.entityId()),
                        c.fileName(),
                        c.content(),
                        c.documentType(),
                        c.classification(),
                        c.expiryDate()),
                saved -> {
                    Attachment attachment = Attachment.attach(
                            saved.tenantId(), response.id(), saved.id(), questionId, true, time.now());
                    attachments.save(attachment);
                    attached.set(attachment);
                });
        return ResponseLookup.view(response, attached.get(), document);
    }
}
