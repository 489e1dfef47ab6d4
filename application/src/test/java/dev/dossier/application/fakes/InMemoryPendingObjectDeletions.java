package dev.dossier.application.fakes;

import dev.dossier.application.port.out.PendingObjectDeletions;
import dev.dossier.domain.document.StorageKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test double of the pending object deletions, with leases as the database keeps them. */
public final class InMemoryPendingObjectDeletions implements PendingObjectDeletions {
    private record Row(Pending pending, String owner, Instant leaseUntil) {}

    private final Map<UUID, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized List<Pending> enqueue(Area area, Collection<StorageKey> keys, Instant now) {
        List<Pending> added = new ArrayList<>();
        for (StorageKey key : keys) {
            Pending p = new Pending(UUID.randomUUID(), area, key, 0);
            rows.put(p.id(), new Row(p, null, null));
            added.add(p);
        }
        return added;
    }

    @Override
    public synchronized List<Pending> claim(Instant now, Instant leaseUntil, String owner, int limit) {
        List<Pending> claimed = new ArrayList<>();
        for (Row row : List.copyOf(rows.values())) {
            if (claimed.size() < limit && free(row, now)) {
                rows.put(row.pending().id(), new Row(row.pending(), owner, leaseUntil));
                claimed.add(row.pending());
            }
        }
        return claimed;
    }

    @Override
    public synchronized boolean claimOne(UUID id, Instant now, Instant leaseUntil, String owner) {
        Row row = rows.get(id);
        if (row == null || !free(row, now)) {
            return false;
        }
        rows.put(id, new Row(row.pending(), owner, leaseUntil));
        return true;
    }

    @Override
    public synchronized void done(UUID id, String owner) {
        Row row = rows.get(id);
        if (row != null && owner.equals(row.owner())) {
            rows.remove(id);
        }
    }

    @Override
    public synchronized void failed(UUID id, String owner, Instant retryAt) {
        Row row = rows.get(id);
        if (row != null && owner.equals(row.owner())) {
            Pending p = row.pending();
            rows.put(id, new Row(new Pending(p.id(), p.area(), p.key(), p.attempts() + 1), owner, retryAt));
        }
    }

    @Override
    public synchronized long count() {
        return rows.size();
    }

    public synchronized List<Pending> all() {
        return rows.values().stream().map(Row::pending).toList();
    }

    private static boolean free(Row row, Instant now) {
        return row.leaseUntil() == null || row.leaseUntil().isBefore(now);
    }
}
