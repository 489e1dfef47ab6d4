package dev.dossier.domain.idempotency;

import dev.dossier.domain.shared.InvalidValueException;
import java.util.Objects;

/** A client's {@code Idempotency-Key}: 1 to 255 characters, none of them a control character. */
public record IdempotencyKey(String value) {
    public static final String FIELD = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new InvalidValueException(FIELD, "This header may not be blank.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    FIELD, "Ensure this header has no more than " + MAX_LENGTH + " characters.");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(FIELD, "This header may not contain control characters.");
        }
    }

    /** The key as sent, without the blanks around it that HTTP does not count. */
    public static IdempotencyKey parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        return new IdempotencyKey(raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
