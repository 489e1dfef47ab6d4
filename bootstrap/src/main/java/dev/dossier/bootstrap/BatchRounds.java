package dev.dossier.bootstrap;

import java.time.Instant;
import java.util.function.IntSupplier;

/** The loop every background round shares: batches until one finds nothing or the round's time is up. */
final class BatchRounds {
    private BatchRounds() {}

    /** Runs {@code batch} until it returns 0 or {@code deadline} passes; the sum of what the batches did. */
    static int drain(IntSupplier batch, Instant deadline) {
        int done = 0;
        int n;
        do {
            n = batch.getAsInt();
            done += n;
        } while (n > 0 && Instant.now().isBefore(deadline));
        return done;
    }
}
