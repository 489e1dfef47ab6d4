package dev.dossier.application.service.shared;

import dev.dossier.application.port.out.TimeSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The system clock, truncated to microseconds: the precision PostgreSQL keeps, so stored and returned times agree. */
public final class SystemTimeSource implements TimeSource {
    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
