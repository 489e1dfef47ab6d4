package dev.dossier.application.port.in.document;

import dev.dossier.domain.document.Document;
import java.time.Instant;

/** A freshly issued single-use link: its secret (shown once) and the document it opens. */
public record DownloadLink(String token, Instant expiresAt, Document document) {}
