package dev.dossier.domain.response;

import java.util.Locale;

/** Where a questionnaire response is: being answered, or handed in. */
public enum ResponseStatus {
    DRAFT,
    SUBMITTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
