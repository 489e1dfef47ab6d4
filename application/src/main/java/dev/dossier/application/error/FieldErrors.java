package dev.dossier.application.error;

import dev.dossier.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Collects every field error of one request, so the client learns all of them at once. */
public final class FieldErrors {
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    /** Runs a domain factory; a rule it breaks is recorded against its field and {@code null} returned. */
    public <T> T capture(Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidValueException e) {
            add(e.field(), e.getMessage());
            return null;
        }
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
