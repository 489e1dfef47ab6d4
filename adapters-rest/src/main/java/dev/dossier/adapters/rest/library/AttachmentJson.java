package dev.dossier.adapters.rest.library;

import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.application.port.in.response.AttachmentView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A document attached to a response: the reference's response-document list item. */
@JsonbPropertyOrder({"attachmentId", "document", "fileQuestionType", "isFlagged", "isSubmitted", "createdAt"})
public record AttachmentJson(
        String attachmentId,
        DocumentJson document,
        String fileQuestionType,
        boolean isFlagged,
        boolean isSubmitted,
        String createdAt) {
    public static AttachmentJson from(AttachmentView v) {
        var a = v.attachment();
        return new AttachmentJson(
                a.id().toString(),
                DocumentJson.from(v.document()),
                v.fileQuestionType(),
                a.flagged(),
                a.submitted(),
                Timestamps.utc(a.createdAt()));
    }
}
