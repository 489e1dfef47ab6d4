package dev.dossier.domain.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether an entity is a company or a natural person. */
public enum EntityType {
    COMPANY,
    INDIVIDUAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EntityType> fromWireName(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(value)).findFirst();
    }
}
