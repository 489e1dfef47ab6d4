package dev.dossier.application.service.response;

import dev.dossier.application.error.ValidationException;
import dev.dossier.application.port.in.response.AttachDocumentCommand;
import dev.dossier.application.port.in.response.AttachDocumentUseCase;
import dev.dossier.application.port.in.response.AttachmentView;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.Scope;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case (autofill): attach a document already in the tenant library or on the response's
 * entity. Documents of other entities or tenants are refused exactly like unknown ones.
 */
public final class AttachDocumentService implements AttachDocumentUseCase {
    private static final String NO_SUCH_DOCUMENT = "Document not found.";
    private final ResponseLookup lookup;
    private final DocumentRepository documents;
    private final AttachmentRepository attachments;
    private final TimeSource time;
    private final UnitOfWork tx;

    public AttachDocumentService(
            QuestionnaireResponseRepository responses,
            DocumentRepository documents,
            AttachmentRepository attachments,
            TimeSource time,
            UnitOfWork tx) {
        this.lookup = new ResponseLookup(responses, attachments, documents);
        this.documents = documents;
        this.attachments = attachments;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public AttachmentView attach(AttachDocumentCommand c) {
        c.caller().require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            QuestionnaireResponse response = lookup.response(c.caller(), c.responseId());
            Document document =
                    attachable(c, response).orElseThrow(() -> ValidationException.of("document_id", NO_SUCH_DOCUMENT));
            Integer questionId = QuestionIds.parse(c.fileQuestionId());
            if (questionId != null) {
                response.question(questionId);
            }
            boolean duplicate = attachments.listForResponse(c.caller().tenantId(), response.id()).stream()
                    .anyMatch(a ->
                            a.documentId().equals(document.id()) && Objects.equals(a.fileQuestionId(), questionId));
            if (duplicate) {
                throw ValidationException.of("document_id", "This document is already attached to this file question.");
            }
            // a document that came in as an answer stays the responses' own wherever it is re-attached,
            // so it goes with its last attachment, whichever that is
            boolean answerUpload =
                    attachments.existsUploadedThroughResponse(c.caller().tenantId(), document.id());
            Attachment attachment = Attachment.attach(
                    c.caller().tenantId(), response.id(), document.id(), questionId, answerUpload, time.now());
            attachments.save(attachment);
            return ResponseLookup.view(response, attachment, document);
        });
    }

    private Optional<Document> attachable(AttachDocumentCommand c, QuestionnaireResponse response) {
        if (c.documentId() == null || c.documentId().isBlank()) {
            throw ValidationException.of("document_id", "This field is required.");
        }
        DocumentId id;
        try {
            id = DocumentId.parse(c.documentId());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // locked: concurrent attaches of one document, and its deletion, take turns, so a duplicate is
        // seen by the check below and a deleted document reads as missing
        return documents
                .lockById(c.caller().tenantId(), id)
                .filter(d ->
                        d.isOwnedBy(DocumentOwner.library()) || d.isOwnedBy(DocumentOwner.entity(response.entityId())));
    }
}
