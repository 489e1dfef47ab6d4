package dev.dossier.adapters.rest.library;

import dev.dossier.adapters.rest.http.PublicBaseUrl;
import dev.dossier.application.port.in.response.AttachmentDownloadLink;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A single-use link to an attachment's document, naming the attachment. */
@JsonbPropertyOrder({"downloadUrl", "expiresAt", "attachmentId", "filename", "contentType", "size"})
public record AttachmentDownloadLinkJson(
        String downloadUrl, String expiresAt, String attachmentId, String filename, String contentType, long size) {
    public static AttachmentDownloadLinkJson from(AttachmentDownloadLink l, PublicBaseUrl base) {
        DownloadLinkJson link = DownloadLinkJson.from(l.link(), base);
        return new AttachmentDownloadLinkJson(
                link.downloadUrl(),
                link.expiresAt(),
                l.attachmentId().toString(),
                link.filename(),
                link.contentType(),
                link.size());
    }
}
