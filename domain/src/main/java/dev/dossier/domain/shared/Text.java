package dev.dossier.domain.shared;

/** Validation of the short free-text attributes of the model. */
public final class Text {
    private Text() {}

    /** Trims {@code value} and checks it is present, at most {@code max} characters and free of control characters. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "This field is required.");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidValueException(field, "Ensure this field has no more than " + max + " characters.");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, "This field must not contain control characters.");
        }
        return trimmed;
    }
}
