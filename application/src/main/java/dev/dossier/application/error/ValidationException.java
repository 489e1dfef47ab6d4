package dev.dossier.application.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Malformed input, as a map from field name to messages (the reference's 400 body). */
public final class ValidationException extends ApplicationException {
    private final Map<String, List<String>> fieldErrors;

    public ValidationException(Map<String, List<String>> fieldErrors) {
        super("invalid input: " + fieldErrors);
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        fieldErrors.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.fieldErrors = Collections.unmodifiableMap(copy);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(Map.of(field, List.of(message)));
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
