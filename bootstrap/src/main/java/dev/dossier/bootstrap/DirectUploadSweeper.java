package dev.dossier.bootstrap;

import dev.dossier.application.port.in.directupload.SweepDirectUploadsUseCase;
import dev.dossier.application.service.directupload.DirectUploadSettings;
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
 * The background sweep of direct uploads: every {@code DOSSIER_DIRECT_UPLOAD_SWEEP_INTERVAL_SECONDS}
 * each instance claims a batch of pending uploads and settles them, whether or not anyone asks for
 * them. Runs on a thread of its own from the server's managed thread factory (Jakarta Concurrency, so
 * any EE 10 server has one), starting after {@link Startup} has migrated the schema.
 */
@ApplicationScoped
public class DirectUploadSweeper {
    private static final System.Logger LOG = System.getLogger(DirectUploadSweeper.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    BackgroundJobs jobs;

    @Inject
    SweepDirectUploadsUseCase sweep;

    @Inject
    DossierSettings settings;

    @Inject
    DirectUploadSettings directUploads;

    private final JobRound round = new JobRound();
    private ScheduledJob task;

    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object event) {
        Duration interval = settings.directUploadSweepInterval();
        task = ScheduledJob.start(threads, () -> round.run(this::sweepOnce), interval, interval);
        jobs.scheduled(BackgroundJobs.Job.DIRECT_UPLOAD_SWEEP);
    }

    private void sweepOnce() {
        try {
            int handled;
            do {
                handled = sweep.sweep();
            } while (handled > 0 && !Thread.currentThread().isInterrupted() && handled >= directUploads.sweepBatch());
        } catch (Throwable e) {
            // a failing round must not cancel the schedule
            LOG.log(System.Logger.Level.WARNING, "direct upload sweep failed; retrying next round", e);
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
