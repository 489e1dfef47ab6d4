package dev.dossier.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A background job on a thread of its own, made by the container's managed thread factory, run
 * with a fixed delay between rounds. A thread per job rather than the server's default managed
 * scheduled executor: that one may have a single thread (it has on Payara Micro), so a long
 * maintenance round would hold back the sweeper and the notices.
 */
final class ScheduledJob {
    private final ScheduledExecutorService executor;

    private ScheduledJob(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Schedules {@code round} after {@code first}, then {@code every} after each round ends. */
    static ScheduledJob start(ThreadFactory threads, Runnable round, Duration first, Duration every) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(threads);
        executor.scheduleWithFixedDelay(round, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new ScheduledJob(executor);
    }

    /** No further rounds; one that is running finishes. */
    void stop() {
        executor.shutdown();
    }
}
