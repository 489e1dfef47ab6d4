package dev.dossier.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Port: the current time, so that expiry rules can be tested. */
public interface TimeSource {
    Instant now();

    /** Today's date in UTC, the calendar expiry dates are compared in. */
    default LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }
}
