package dev.dossier.application.port.out;

import dev.dossier.domain.document.StorageKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Port: objects whose rows are gone and whose bytes are still to be deleted. Written in the
 * transaction that removes the rows, worked after commit and by a background job until the store
 * confirms; claims are leases, so several instances never work one row at once.
 */
public interface PendingObjectDeletions {
    /** Where an object lives: the document store or a direct upload's quarantine. */
    enum Area {
        DOCUMENT,
        QUARANTINE
    }

    record Pending(UUID id, Area area, StorageKey key, int attempts) {}

    /** Records the objects (in the caller's transaction); returns the rows written. */
    List<Pending> enqueue(Area area, Collection<StorageKey> keys, Instant now);

    /** Leases up to {@code limit} free rows to {@code owner} until {@code leaseUntil}. */
    List<Pending> claim(Instant now, Instant leaseUntil, String owner, int limit);

    /** Leases one row (just enqueued) to {@code owner}; whether it got it. */
    boolean claimOne(UUID id, Instant now, Instant leaseUntil, String owner);

    /** The store confirmed: the row goes. */
    void done(UUID id, String owner);

    /** The store failed: the row stays, free again at {@code retryAt}, one attempt more. */
    void failed(UUID id, String owner, Instant retryAt);

    long count();
}
