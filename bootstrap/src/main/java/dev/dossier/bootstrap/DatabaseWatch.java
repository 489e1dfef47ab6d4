package dev.dossier.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Asks the database every second whether it answers (within a second), so that while it does not,
 * API calls are answered 503 at once ({@link RequestGate}) instead of each waiting for the driver's
 * timeouts. The first failed call after an outage starts still waits for those (see the data source's
 * timeouts in docs/operations.md) and is answered 503 too.
 */
@ApplicationScoped
public class DatabaseWatch {
    private static final long EVERY_MILLIS = 1000;
    private static final int ANSWER_WITHIN_SECONDS = 1;

    @Resource(lookup = "jdbc/dossier")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    private volatile boolean down;
    private ScheduledExecutorService pinger;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        pinger = Executors.newSingleThreadScheduledExecutor(threads);
        pinger.scheduleWithFixedDelay(this::ping, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void ping() {
        boolean answers;
        try (Connection c = dataSource.getConnection()) {
            answers = c.isValid(ANSWER_WITHIN_SECONDS);
        } catch (Exception e) {
            answers = false;
        }
        if (answers == down) {
            System.getLogger(DatabaseWatch.class.getName())
                    .log(
                            answers ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
                            answers ? "the database answers again" : "the database does not answer; API calls get 503");
        }
        down = !answers;
    }

    /** Whether the database did not answer the last time it was asked. */
    boolean isDown() {
        return down;
    }

    @PreDestroy
    void stop() {
        if (pinger != null) {
            pinger.shutdownNow();
        }
    }
}
