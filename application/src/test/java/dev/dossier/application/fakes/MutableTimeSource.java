package dev.dossier.application.fakes;

import dev.dossier.application.port.out.TimeSource;
import java.time.Duration;
import java.time.Instant;

/** Test fake of {@link TimeSource} whose time a test moves. */
public final class MutableTimeSource implements TimeSource {
    private Instant now;

    public MutableTimeSource(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    public synchronized void set(Instant instant) {
        this.now = instant;
    }

    public synchronized void advance(Duration duration) {
        this.now = now.plus(duration);
    }
}
