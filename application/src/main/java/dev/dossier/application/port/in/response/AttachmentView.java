package dev.dossier.application.port.in.response;

import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.document.Document;

/** An attachment with its document and the type of the question it answers (null when it answers none). */
public record AttachmentView(Attachment attachment, Document document, String fileQuestionType) {}
