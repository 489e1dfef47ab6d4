package dev.dossier.application.port.in.document;

import dev.dossier.domain.document.Document;
import java.io.InputStream;

/** A redeemed link's document and its bytes; the receiver closes the stream. */
public record DownloadableContent(Document document, InputStream content) {}
