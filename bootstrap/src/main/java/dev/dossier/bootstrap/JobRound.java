package dev.dossier.bootstrap;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The round a background job is running, if any: a stopping server lets the running round finish
 * (its claims are then settled, not left to a lease running out) and starts no new one.
 */
final class JobRound {
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopped;

    /** Runs {@code round} unless the job was stopped; rounds of one job never overlap. */
    void run(Runnable round) {
        if (stopped) {
            return;
        }
        running.lock();
        try {
            if (!stopped) {
                round.run();
            }
        } finally {
            running.unlock();
        }
    }

    boolean stopped() {
        return stopped;
    }

    /** Starts no further round and waits until {@code deadline} for the running one; whether it ended. */
    boolean stopAndAwait(Instant deadline) {
        stopped = true;
        try {
            long wait = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (running.tryLock(wait, TimeUnit.MILLISECONDS)) {
                running.unlock();
                return true;
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
