package dev.dossier.domain.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who may see a document; {@link #CONFIDENTIAL} needs a key with the confidential scope to download. */
public enum Classification {
    TENANT_PRIVATE,
    ENTITY_PRIVATE,
    SHARED,
    CONFIDENTIAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Classification> fromWireName(String value) {
        return Arrays.stream(values()).filter(c -> c.wireName().equals(value)).findFirst();
    }

    public static String allowedWireNames() {
        return Arrays.stream(values()).map(Classification::wireName).collect(Collectors.joining(", "));
    }

    /** The classification an upload gets when it names none. */
    public static Classification defaultFor(DocumentOwner owner) {
        return owner instanceof DocumentOwner.TenantLibrary ? TENANT_PRIVATE : ENTITY_PRIVATE;
    }
}
