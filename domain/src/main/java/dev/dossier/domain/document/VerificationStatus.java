package dev.dossier.domain.document;

import java.util.Locale;

/** Where a document is in its review; {@link #EXPIRED} is never stored, only derived. */
public enum VerificationStatus {
    PENDING,
    VERIFIED,
    REJECTED,
    EXPIRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
