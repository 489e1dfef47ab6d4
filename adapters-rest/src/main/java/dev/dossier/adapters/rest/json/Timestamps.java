package dev.dossier.adapters.rest.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The time formats of the references. */
public final class Timestamps {
    private static final DateTimeFormatter OFFSET_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private Timestamps() {}

    /** {@code 2026-01-30T14:23:45.123456Z}: UTC, fraction only when there is one. */
    public static String utc(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** {@code 2026-01-30T14:38:45+00:00}, as the download links' {@code expires_at}. */
    public static String utcOffsetSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).format(OFFSET_SECONDS);
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
