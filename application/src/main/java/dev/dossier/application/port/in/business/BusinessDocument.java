package dev.dossier.application.port.in.business;

import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.VerificationStatus;
import java.time.LocalDate;
import java.util.Objects;

/** A document as the business surface shows it: with the status it reads as today. */
public record BusinessDocument(Document document, VerificationStatus status) {
    public BusinessDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(status, "status");
    }

    public static BusinessDocument on(Document document, LocalDate today) {
        return new BusinessDocument(document, document.statusOn(today));
    }
}
