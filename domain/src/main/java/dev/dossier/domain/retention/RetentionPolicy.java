package dev.dossier.domain.retention;

import dev.dossier.domain.shared.InvalidValueException;

/** A tenant's retention: documents older than {@code documentsDays} days go; null keeps them forever. */
public record RetentionPolicy(Integer documentsDays) {
    /** A hundred years: beyond it, keeping forever says the same. */
    public static final int MAX_DAYS = 36_500;

    public static final RetentionPolicy KEEP_FOREVER = new RetentionPolicy(null);

    public RetentionPolicy {
        if (documentsDays != null && (documentsDays < 1 || documentsDays > MAX_DAYS)) {
            throw new InvalidValueException(
                    "documents_days", "Ensure this value is between 1 and " + MAX_DAYS + ", or null.");
        }
    }

    /** Parses the wire value (an integer as text, or null). */
    public static RetentionPolicy parse(String documentsDays) {
        if (documentsDays == null) {
            return KEEP_FOREVER;
        }
        try {
            return new RetentionPolicy(Integer.valueOf(documentsDays.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("documents_days", "A valid integer is required.");
        }
    }
}
