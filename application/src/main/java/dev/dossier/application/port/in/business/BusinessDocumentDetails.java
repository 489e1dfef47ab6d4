package dev.dossier.application.port.in.business;

import dev.dossier.application.port.in.document.DownloadLink;
import java.util.Objects;

/** One business document with a freshly issued single-use download link. */
public record BusinessDocumentDetails(BusinessDocument document, DownloadLink link) {
    public BusinessDocumentDetails {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(link, "link");
    }
}
