package dev.dossier.bootstrap;

import dev.dossier.application.port.in.retention.SendExpiryNoticesUseCase;
import dev.dossier.application.service.retention.ExpiryNoticeSettings;
import jakarta.annotation.PreDestroy;
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

/**
 * Sends the due {@code document.expiring} and {@code document.expired} events soon after start and
 * then every {@code DOSSIER_EXPIRY_NOTICE_INTERVAL_SECONDS} (daily by default). Each batch claims
 * its documents by conditional updates, so several instances may run it at once; a round works for
 * a bounded time and leaves the rest to the next one. The notice days are checked at start: a bad
 * {@code DOSSIER_EXPIRY_NOTICE_DAYS} fails the deployment.
 */
@ApplicationScoped
public class ExpiryNoticeScheduler {
    private static final System.Logger LOG = System.getLogger(ExpiryNoticeScheduler.class.getName());
    private static final Duration FIRST_ROUND_AFTER = Duration.ofSeconds(5);
    private static final Duration ROUND_BUDGET = Duration.ofMinutes(2);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    BackgroundJobs jobs;

    @Inject
    DossierSettings settings;

    @Inject
    ExpiryNoticeSettings notices;

    @Inject
    SendExpiryNoticesUseCase send;

    private final JobRound round = new JobRound();
    private ScheduledJob task;

    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object event) {
        LOG.log(System.Logger.Level.DEBUG, "expiry notices " + notices.days() + " days ahead");
        task = ScheduledJob.start(
                threads, () -> round.run(this::runOnce), FIRST_ROUND_AFTER, settings.expiryNoticeInterval());
        jobs.scheduled(BackgroundJobs.Job.EXPIRY_NOTICES);
    }

    void runOnce() {
        try {
            Instant deadline = Instant.now().plus(ROUND_BUDGET);
            int sent = BatchRounds.drain(send::sendBatch, deadline);
            if (sent > 0) {
                LOG.log(System.Logger.Level.INFO, "published " + sent + " document expiry notices");
            }
        } catch (RuntimeException e) {
            // a failing round must not cancel the schedule
            LOG.log(System.Logger.Level.WARNING, "sending expiry notices failed; retrying next round", e);
        }
    }

    /** Starts no further round; waits until {@code deadline} for the running one. */
    boolean stopAndAwait(Instant deadline) {
        stop();
        return round.stopAndAwait(deadline);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.stop();
        }
    }
}
