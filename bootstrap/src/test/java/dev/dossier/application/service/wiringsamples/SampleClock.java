package dev.dossier.application.service.wiringsamples;

import dev.dossier.application.port.out.TimeSource;
import java.time.Instant;

/** An outgoing port implemented inside the application, as the system clock is. */
public final class SampleClock implements TimeSource {
    @Override
    public Instant now() {
        return Instant.EPOCH;
    }
}
