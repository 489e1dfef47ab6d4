package dev.dossier.domain.response;

import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.shared.Text;

/** A questionnaire question answered with a file; its document type labels the answer. */
public record FileQuestion(int id, String documentType) {
    public FileQuestion {
        if (id < 1) {
            throw new InvalidValueException("file_questions", "A file question id must be a positive integer.");
        }
        documentType = Text.required("file_questions", documentType, 255);
    }
}
