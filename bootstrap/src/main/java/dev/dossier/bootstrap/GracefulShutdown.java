package dev.dossier.bootstrap;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sun.misc.Signal;

/**
 * SIGTERM (or SIGINT) stops the server gracefully: readiness goes down and new requests are refused with 503
 * ({@link RequestGate}) at once, the background jobs start no new round, the requests in flight and
 * the running rounds get up to {@code DOSSIER_SHUTDOWN_GRACE_SECONDS} to finish, then the JVM exits
 * with status 0 through its shutdown hooks (Payara's stops the server). Without this handler the
 * JVM's default one runs those hooks at once, cutting uploads in flight, and exits with 143.
 */
@ApplicationScoped
public class GracefulShutdown {
    private static final System.Logger LOG = System.getLogger(GracefulShutdown.class.getName());
    private static final long POLL_MILLIS = 50;

    @Inject
    @ConfigProperty(name = "dossier.shutdown-grace-seconds", defaultValue = "30")
    long graceSeconds;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    MaintenanceScheduler maintenance;

    @Inject
    ExpiryNoticeScheduler expiryNotices;

    @Inject
    DirectUploadSweeper directUploads;

    @Inject
    WebhookDispatcher webhooks;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();

    /** After start-up succeeded (a failed deployment keeps the JVM's handling: no clean exit status). */
    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object event) {
        try {
            Signal.handle(new Signal("TERM"), signal -> onTerm());
            Signal.handle(new Signal("INT"), signal -> onTerm());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // -Xrs or a platform without the signal: the JVM's default handling stays
            LOG.log(System.Logger.Level.WARNING, "SIGTERM handler not installed; shutdown will not wait for requests");
        }
    }

    private void onTerm() {
        if (!stopping.compareAndSet(false, true)) {
            return; // already stopping (Ctrl-C may reach both run.sh and the JVM)
        }
        // a container thread: the jobs' beans and executors need the application's context
        Thread drain = threads.newThread(this::drainAndExit);
        drain.setDaemon(false);
        drain.start();
    }

    private void drainAndExit() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(Math.max(0, graceSeconds)));
        LOG.log(
                System.Logger.Level.INFO,
                "SIGTERM: refusing new requests; waiting up to " + graceSeconds + " s for the background jobs and"
                        + " requests in flight: " + inFlight.get());
        boolean jobsDone = stopJobs(deadline);
        while (inFlight.get() > 0 && Instant.now().isBefore(deadline)) {
            sleep();
        }
        int left = inFlight.get();
        LOG.log(
                System.Logger.Level.INFO,
                left == 0 && jobsDone
                        ? "all requests and background rounds finished; stopping"
                        : "grace period over with requests in flight: " + left
                                + (jobsDone ? "" : ", and a background round running") + "; stopping");
        System.exit(0);
    }

    private boolean stopJobs(Instant deadline) {
        boolean done = true;
        done &= guarded(() -> webhooks.stopAndAwait(deadline));
        done &= guarded(() -> directUploads.stopAndAwait(deadline));
        done &= guarded(() -> expiryNotices.stopAndAwait(deadline));
        done &= guarded(() -> maintenance.stopAndAwait(deadline));
        return done;
    }

    private static boolean guarded(java.util.function.BooleanSupplier stop) {
        try {
            return stop.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "stopping a background job failed: " + e.getClass().getName());
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts a request in; false (and not counted) once the server is stopping. */
    boolean enter() {
        inFlight.incrementAndGet();
        if (stopping.get()) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave() {
        inFlight.decrementAndGet();
    }

    boolean isStopping() {
        return stopping.get();
    }
}
