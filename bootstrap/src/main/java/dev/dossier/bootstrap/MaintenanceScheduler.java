package dev.dossier.bootstrap;

import dev.dossier.application.port.in.crypto.EncryptStoredDocumentsUseCase;
import dev.dossier.application.port.in.crypto.RewrapDataKeysUseCase;
import dev.dossier.application.port.in.erasure.PurgePendingObjectsUseCase;
import dev.dossier.application.port.in.maintenance.PurgeSpentRecordsUseCase;
import dev.dossier.application.port.in.maintenance.ReconcileOrphanObjectsUseCase;
import dev.dossier.application.port.in.retention.ExpireDocumentsUseCase;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * The background maintenance every instance runs, soon after start and then every
 * {@code DOSSIER_MAINTENANCE_INTERVAL_SECONDS}: data keys re-wrapped after a master key rotation,
 * objects stored in clear before encryption existed encrypted in place, documents past their
 * tenant's retention deleted, the bytes of removed rows
 * deleted until the store confirms, spent download links,
 * settled direct uploads and expired idempotency records purged, objects that no row refers to
 * removed after DOSSIER_ORPHAN_GRACE_SECONDS. Each job claims its items by conditional updates or
 * deletes by predicate (the orphan pass runs under a lease row), so several instances may run at
 * once. A round works for a bounded time
 * and leaves the rest to the next one.
 */
@ApplicationScoped
public class MaintenanceScheduler {
    private static final System.Logger LOG = System.getLogger(MaintenanceScheduler.class.getName());
    private static final Duration FIRST_ROUND_AFTER = Duration.ofSeconds(5);
    private static final Duration ROUND_BUDGET = Duration.ofMinutes(2);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    BackgroundJobs jobs;

    @Inject
    DossierSettings settings;

    @Inject
    RewrapDataKeysUseCase rewrap;

    @Inject
    EncryptStoredDocumentsUseCase encryptStored;

    @Inject
    ExpireDocumentsUseCase expireDocuments;

    @Inject
    PurgePendingObjectsUseCase purgePending;

    @Inject
    PurgeSpentRecordsUseCase purgeSpent;

    @Inject
    ReconcileOrphanObjectsUseCase orphans;

    private final AtomicLong objectsInClear = new AtomicLong(-1);
    private final JobRound round = new JobRound();
    private ScheduledJob task;

    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object event) {
        task = ScheduledJob.start(
                threads, () -> round.run(this::runOnce), FIRST_ROUND_AFTER, settings.maintenanceInterval());
        jobs.scheduled(BackgroundJobs.Job.MAINTENANCE);
    }

    /** One round of every job; a failing job is logged and retried next round, the others still run. */
    void runOnce() {
        Instant deadline = Instant.now().plus(ROUND_BUDGET);
        guarded("re-wrapping data keys", () -> {
            int rewrapped = BatchRounds.drain(rewrap::rewrapBatch, deadline);
            if (rewrapped > 0) {
                LOG.log(System.Logger.Level.INFO, "re-wrapped " + rewrapped + " data keys with the current master key");
            }
        });
        guarded("encrypting objects stored in clear", () -> {
            long remaining = encryptStored.remaining();
            if (remaining > 0) {
                int encrypted = BatchRounds.drain(encryptStored::encryptBatch, deadline);
                remaining = encryptStored.remaining();
                LOG.log(
                        System.Logger.Level.INFO,
                        "encrypted " + encrypted + " objects stored in clear; " + remaining + " remain");
            }
            objectsInClear.set(remaining);
        });
        guarded("expiring documents past their retention", () -> {
            int expired = BatchRounds.drain(expireDocuments::expireBatch, deadline);
            if (expired > 0) {
                LOG.log(System.Logger.Level.INFO, "deleted " + expired + " documents past their retention");
            }
        });
        purgePendingObjects(deadline);

        guarded("purging spent records", () -> {
            int purged = BatchRounds.drain(purgeSpent::purgeBatch, deadline);
            if (purged > 0) {
                LOG.log(System.Logger.Level.INFO, "purged " + purged + " spent links, uploads and idempotency records");
            }
        });
        guarded("removing orphan objects", orphans::reconcile);
    }

    private void purgePendingObjects(Instant deadline) {
        guarded("deleting the objects of removed rows", () -> {
            int deleted = BatchRounds.drain(purgePending::purgeBatch, deadline);
            if (deleted > 0) {
                LOG.log(System.Logger.Level.INFO, "deleted " + deleted + " objects of removed rows");
            }
        });
    }

    private void guarded(String job, Runnable work) {
        if (round.stopped()) {
            return; // the server is stopping: the jobs not started yet wait for the next instance's round
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, job + " failed; retrying next round", e);
        }
    }

    /** Objects still stored in clear at the last round, or -1 before the first. */
    long objectsInClear() {
        return objectsInClear.get();
    }

    /** Starts no further round; waits until {@code deadline} for the running one to finish its job. */
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
