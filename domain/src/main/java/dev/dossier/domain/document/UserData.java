package dev.dossier.domain.document;

import dev.dossier.domain.shared.CanonicalJson;
import dev.dossier.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The business surface's free-form {@code user_data}: a JSON object kept as its canonical text.
 * Its {@code expiry_date} member, when present, is the document's expiry date.
 */
public final class UserData {
    public static final int MAX_LENGTH = 16_384;
    static final String FIELD = "user_data";
    static final String EXPIRY_DATE = "expiry_date";

    private final String json;
    private final LocalDate expiryDate;

    private UserData(String json, LocalDate expiryDate) {
        this.json = json;
        this.expiryDate = expiryDate;
    }

    /**
     * Validates a client's {@code user_data}: a JSON object of at most {@link #MAX_LENGTH} characters
     * whose {@code expiry_date}, if any, is an ISO date ({@code YYYY-MM-DD}). Refusals name {@code user_data}.
     */
    public static UserData parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FIELD, "This field may not be blank.");
        }
        CanonicalJson.ParsedObject parsed;
        try {
            parsed = CanonicalJson.object(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(FIELD, "Value must be a valid JSON object (" + e.getMessage() + ").");
        }
        if (parsed.canonical().length() > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, "Ensure this field has no more than " + MAX_LENGTH + " characters.");
        }
        return new UserData(parsed.canonical(), expiryOf(parsed));
    }

    private static LocalDate expiryOf(CanonicalJson.ParsedObject parsed) {
        String value = parsed.topLevelStrings().get(EXPIRY_DATE);
        if (value == null) {
            return parsed.topLevelOthers().contains(EXPIRY_DATE) ? failDate() : null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return failDate();
        }
    }

    private static LocalDate failDate() {
        throw new InvalidValueException(
                FIELD, "expiry_date: Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
    }

    /** Rebuilds stored user data; the text was validated when it was first accepted, so no rule refuses it now. */
    public static UserData reconstitute(String canonicalJson) {
        Objects.requireNonNull(canonicalJson, "canonicalJson");
        try {
            return parse(canonicalJson);
        } catch (InvalidValueException e) {
            return new UserData(canonicalJson, null);
        }
    }

    /** The canonical JSON text of the object. */
    public String json() {
        return json;
    }

    /** The {@code expiry_date} member as a date, when it was given. */
    public Optional<LocalDate> expiryDate() {
        return Optional.ofNullable(expiryDate);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserData u && json.equals(u.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json;
    }
}
