package dev.dossier.application.service.response;

import dev.dossier.application.error.ValidationException;

/** Parses the optional {@code file_question_id} of an upload or attach request. */
final class QuestionIds {
    private QuestionIds() {}

    static Integer parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("file_question_id", "A valid integer is required.");
        }
    }
}
