package dev.dossier.application.fakes;

import dev.dossier.application.port.out.IdempotencyRepository;
import dev.dossier.domain.idempotency.IdempotencyKey;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link IdempotencyRepository}; every method is atomic, as the port demands. */
public final class InMemoryIdempotencyRepository implements IdempotencyRepository {
    private record Id(TenantId tenantId, IdempotencyKey key) {}

    private final Map<Id, IdempotencyRecord> rows = new LinkedHashMap<>();
    private RuntimeException failPurgeWith;
    private int purges;

    @Override
    public synchronized boolean insertIfAbsent(IdempotencyRecord claim) {
        return rows.putIfAbsent(id(claim), claim) == null;
    }

    @Override
    public synchronized Optional<IdempotencyRecord> find(TenantId tenantId, IdempotencyKey key) {
        return Optional.ofNullable(rows.get(new Id(tenantId, key)));
    }

    @Override
    public synchronized boolean replace(IdempotencyRecord stale, IdempotencyRecord fresh) {
        IdempotencyRecord stored = rows.get(id(stale));
        if (stored == null || !stored.claimId().equals(stale.claimId())) {
            return false;
        }
        rows.put(id(fresh), fresh);
        return true;
    }

    @Override
    public synchronized boolean complete(IdempotencyRecord completed) {
        IdempotencyRecord stored = rows.get(id(completed));
        if (stored == null || !stored.claimId().equals(completed.claimId()) || stored.isCompleted()) {
            return false;
        }
        rows.put(id(completed), completed);
        return true;
    }

    /** In memory every claim counts as held: no server of a test dies. */
    @Override
    public synchronized boolean hold(IdempotencyRecord claim) {
        IdempotencyRecord stored = rows.get(id(claim));
        return stored != null && stored.claimId().equals(claim.claimId()) && !stored.isCompleted();
    }

    @Override
    public synchronized boolean isUnheld(IdempotencyRecord stored) {
        return false;
    }

    @Override
    public synchronized boolean release(IdempotencyRecord claim) {
        IdempotencyRecord stored = rows.get(id(claim));
        if (stored == null || !stored.claimId().equals(claim.claimId()) || stored.isCompleted()) {
            return false;
        }
        rows.remove(id(claim));
        return true;
    }

    @Override
    public synchronized int deleteCreatedBefore(Instant cutoff) {
        purges++;
        if (failPurgeWith != null) {
            throw failPurgeWith;
        }
        int before = rows.size();
        rows.values().removeIf(r -> r.createdAt().isBefore(cutoff));
        return before - rows.size();
    }

    /** Makes every purge fail with {@code failure} (null: succeed again). */
    public synchronized void failPurgesWith(RuntimeException failure) {
        this.failPurgeWith = failure;
    }

    public synchronized int purges() {
        return purges;
    }

    /** Puts a record as another server would have left it. */
    public synchronized void seed(IdempotencyRecord record) {
        rows.put(id(record), record);
    }

    public synchronized List<IdempotencyRecord> all() {
        return new ArrayList<>(rows.values());
    }

    private static Id id(IdempotencyRecord r) {
        return new Id(r.tenantId(), r.key());
    }
}
