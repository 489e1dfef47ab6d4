package dev.dossier.application.fakes;

import dev.dossier.application.port.out.TimeSource;
import java.time.Instant;

/** Test fake of {@link TimeSource}: always the same instant. */
public final class FixedTimeSource implements TimeSource {
    private final Instant now;

    public FixedTimeSource(Instant now) {
        this.now = now;
    }

    @Override
    public Instant now() {
        return now;
    }
}
