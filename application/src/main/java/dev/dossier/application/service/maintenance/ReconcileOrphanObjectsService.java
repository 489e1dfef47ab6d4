package dev.dossier.application.service.maintenance;

import dev.dossier.application.port.in.maintenance.ReconcileOrphanObjectsUseCase;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.MaintenanceLocks;
import dev.dossier.application.port.out.ObjectReferences;
import dev.dossier.application.port.out.StoredObject;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.document.StorageKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Walks the content store page by page and removes each object older than the grace period that no
 * row refers to. One instance at a time runs it, under a lease row renewed every page. An object
 * is checked against the rows after it was listed, and only objects older than the grace period
 * (longer than any transaction and than the direct-upload TTL) are candidates, so an upload whose
 * row is about to commit is never one. An object whose deletion is pending is removed here or by its
 * own retry, whichever comes first: both only delete.
 */
public final class ReconcileOrphanObjectsService implements ReconcileOrphanObjectsUseCase {
    static final String LOCK = "orphan-reconciler";
    static final int PAGE = 1000;
    // short, so a killed holder blocks the pass for at most a minute; renewed before every page
    static final Duration LEASE = Duration.ofMinutes(1);
    private static final System.Logger LOG = System.getLogger(ReconcileOrphanObjectsService.class.getName());

    private final DocumentContentStore store;
    private final ObjectReferences references;
    private final MaintenanceLocks locks;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final OrphanSettings settings;

    public ReconcileOrphanObjectsService(
            DocumentContentStore store,
            ObjectReferences references,
            MaintenanceLocks locks,
            TimeSource time,
            UnitOfWork tx,
            OrphanSettings settings) {
        this.store = store;
        this.references = references;
        this.locks = locks;
        this.time = time;
        this.tx = tx;
        this.settings = settings;
    }

    @Override
    public int reconcile() {
        if (!lease()) {
            return 0;
        }
        int removed = 0;
        try {
            String after = null;
            List<StoredObject> page;
            do {
                page = store.list(after, PAGE);
                removed += removeOrphans(page);
                after = page.isEmpty() ? null : page.get(page.size() - 1).key().value();
            } while (page.size() == PAGE && lease());
        } finally {
            tx.inTransaction(() -> locks.release(LOCK, settings.instance()));
        }
        if (removed > 0) {
            LOG.log(System.Logger.Level.INFO, "removed " + removed + " objects that no row refers to");
        }
        return removed;
    }

    boolean lease() {
        Instant now = time.now();
        return tx.inTransaction(() -> locks.tryAcquire(LOCK, settings.instance(), now, now.plus(LEASE)));
    }

    private int removeOrphans(List<StoredObject> page) {
        Instant cutoff = time.now().minus(settings.grace());
        List<StorageKey> old = page.stream()
                .filter(o -> o.lastModified().isBefore(cutoff))
                .map(StoredObject::key)
                .toList();
        if (old.isEmpty()) {
            return 0;
        }
        Set<StorageKey> kept = tx.inTransaction(() -> references.referenced(old));
        int removed = 0;
        for (StorageKey key : old) {
            if (kept.contains(key)) {
                continue;
            }
            try {
                store.delete(key);
                removed++;
            } catch (ContentStoreException e) {
                LOG.log(System.Logger.Level.WARNING, "an orphan object could not be removed; retrying next round", e);
            }
        }
        return removed;
    }
}
