package dev.dossier.domain.tenant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an API key may do beyond authenticating. */
public enum Scope {
    /** Upload, list, read, delete and link documents. */
    DOCUMENTS,
    /** Verify and reject documents. */
    REVIEW,
    /** Download documents classified {@code confidential}. */
    CONFIDENTIAL,
    /** Place and lift legal holds on entities and documents. */
    LEGAL_HOLD,
    /** Manage webhook endpoints and see their deliveries. */
    WEBHOOKS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scope> fromWireName(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
    }

    public static String allowedWireNames() {
        return Arrays.stream(values()).map(Scope::wireName).collect(Collectors.joining(", "));
    }
}
