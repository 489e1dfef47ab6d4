package dev.dossier.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants to and from {@code timestamp with time zone}: EclipseLink 4.0 maps {@link OffsetDateTime}
 * but not {@link Instant}. Both databases keep microseconds, so instants are truncated to them
 * before they are written: what is read back is exactly what was written, on either database.
 */
final class Times {
    private Times() {}

    static OffsetDateTime toColumn(Instant instant) {
        return instant == null
                ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static Instant fromColumn(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
