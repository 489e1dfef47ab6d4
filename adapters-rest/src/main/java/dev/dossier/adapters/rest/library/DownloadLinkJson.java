package dev.dossier.adapters.rest.library;

import dev.dossier.adapters.rest.http.PublicBaseUrl;
import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.application.port.in.document.DownloadLink;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A single-use proxy download link. */
@JsonbPropertyOrder({"downloadUrl", "expiresAt", "filename", "contentType", "size"})
public record DownloadLinkJson(String downloadUrl, String expiresAt, String filename, String contentType, long size) {
    public static DownloadLinkJson from(DownloadLink link, PublicBaseUrl base) {
        var file = link.document().file();
        return new DownloadLinkJson(
                base.resolve("/api/v1/files/" + link.token() + "/"),
                Timestamps.utcOffsetSeconds(link.expiresAt()),
                file.name().value(),
                file.contentType(),
                file.size());
    }
}
