package dev.dossier.application.port.in.response;

import dev.dossier.application.port.in.document.DownloadLink;
import dev.dossier.domain.attachment.AttachmentId;

/** A download link for an attachment's document, naming the attachment. */
public record AttachmentDownloadLink(DownloadLink link, AttachmentId attachmentId) {}
