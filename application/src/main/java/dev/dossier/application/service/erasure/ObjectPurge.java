package dev.dossier.application.service.erasure;

import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.PendingObjectDeletions;
import dev.dossier.application.port.out.PendingObjectDeletions.Pending;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Deletes the objects of pending-deletion rows: a row goes only once the store confirmed; a
 * failure leaves it for a later attempt, later each time (capped at an hour).
 */
final class ObjectPurge {
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final System.Logger LOG = System.getLogger(ObjectPurge.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LAST_RETRY = Duration.ofHours(1);

    private final PendingObjectDeletions pending;
    private final DocumentContentStore store;
    private final DirectUploadStore quarantine;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final String instance = "purge-" + UUID.randomUUID();

    ObjectPurge(
            PendingObjectDeletions pending,
            DocumentContentStore store,
            DirectUploadStore quarantine,
            TimeSource time,
            UnitOfWork tx) {
        this.pending = pending;
        this.store = store;
        this.quarantine = quarantine;
        this.time = time;
        this.tx = tx;
    }

    /** Tries the rows just enqueued (after their commit); those another instance holds are left to it. */
    int tryNow(List<Pending> rows) {
        Instant now = time.now();
        int deleted = 0;
        for (Pending row : rows) {
            if (tx.inTransaction(() -> pending.claimOne(row.id(), now, now.plus(LEASE), instance)) && delete(row)) {
                deleted++;
            }
        }
        return deleted;
    }

    /** One batch of due rows. */
    int batch(int limit) {
        Instant now = time.now();
        int deleted = 0;
        for (Pending row : tx.inTransaction(() -> pending.claim(now, now.plus(LEASE), instance, limit))) {
            if (delete(row)) {
                deleted++;
            }
        }
        return deleted;
    }

    private boolean delete(Pending row) {
        try {
            switch (row.area()) {
                case DOCUMENT -> store.delete(row.key());
                case QUARANTINE -> quarantine.removeQuarantined(row.key());
            }
        } catch (RuntimeException e) {
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(row.attempts(), 7));
            Instant retryAt = time.now().plus(wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait);
            tx.inTransaction(() -> pending.failed(row.id(), instance, retryAt));
            LOG.log(
                    System.Logger.Level.WARNING,
                    "object " + row.key() + " could not be deleted (attempt " + (row.attempts() + 1)
                            + "); retried later: " + e.getMessage());
            return false;
        }
        tx.inTransaction(() -> pending.done(row.id(), instance));
        return true;
    }
}
