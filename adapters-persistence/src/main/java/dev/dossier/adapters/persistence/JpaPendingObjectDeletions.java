package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.PendingObjectDeletions;
import dev.dossier.domain.document.StorageKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Persistence adapter: {@code pending_object_deletion}. A claim locks free rows with {@code FOR
 * UPDATE SKIP LOCKED} (two instances pass over each other's rows) and leases them in the same
 * transaction; completing or failing a row succeeds only for its lease holder.
 */
@ApplicationScoped
public class JpaPendingObjectDeletions implements PendingObjectDeletions {
    private static final String DUE = "SELECT id, area, storage_key, attempts FROM pending_object_deletion"
            + " WHERE lease_until IS NULL OR lease_until < ?1 ORDER BY created_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaPendingObjectDeletions() {}

    public JpaPendingObjectDeletions(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Pending> enqueue(Area area, Collection<StorageKey> keys, Instant now) {
        return Guard.call("recording objects to delete", () -> {
            List<Pending> rows = new ArrayList<>();
            for (StorageKey key : keys) {
                Pending row = new Pending(UUID.randomUUID(), area, key, 0);
                em.createNativeQuery("INSERT INTO pending_object_deletion (id, area, storage_key, created_at, attempts)"
                                + " VALUES (?1, ?2, ?3, ?4, 0)")
                        .setParameter(1, row.id())
                        .setParameter(2, area.name())
                        .setParameter(3, key.value())
                        .setParameter(4, Times.toColumn(now))
                        .executeUpdate();
                rows.add(row);
            }
            return rows;
        });
    }

    @Override
    public List<Pending> claim(Instant now, Instant leaseUntil, String owner, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return Guard.call("claiming objects to delete", () -> {
            List<?> rows = em.createNativeQuery(DUE)
                    .setParameter(1, Times.toColumn(now))
                    .setParameter(2, limit)
                    .getResultList();
            List<Pending> claimed = new ArrayList<>();
            for (Object raw : rows) {
                Object[] row = (Object[]) raw;
                Pending pending = new Pending(
                        uuid(row[0]),
                        Area.valueOf(row[1].toString()),
                        new StorageKey(row[2].toString()),
                        ((Number) row[3]).intValue());
                lease(pending.id(), owner, leaseUntil);
                claimed.add(pending);
            }
            return claimed;
        });
    }

    @Override
    public boolean claimOne(UUID id, Instant now, Instant leaseUntil, String owner) {
        return Guard.call(
                "claiming an object to delete",
                () -> em.createNativeQuery("UPDATE pending_object_deletion SET lease_owner = ?1, lease_until = ?2"
                                        + " WHERE id = ?3 AND (lease_until IS NULL OR lease_until < ?4)")
                                .setParameter(1, owner)
                                .setParameter(2, Times.toColumn(leaseUntil))
                                .setParameter(3, id)
                                .setParameter(4, Times.toColumn(now))
                                .executeUpdate()
                        == 1);
    }

    @Override
    public void done(UUID id, String owner) {
        Guard.run(
                "completing an object deletion",
                () -> em.createNativeQuery("DELETE FROM pending_object_deletion WHERE id = ?1 AND lease_owner = ?2")
                        .setParameter(1, id)
                        .setParameter(2, owner)
                        .executeUpdate());
    }

    @Override
    public void failed(UUID id, String owner, Instant retryAt) {
        Guard.run(
                "postponing an object deletion",
                () -> em.createNativeQuery("UPDATE pending_object_deletion SET attempts = attempts + 1,"
                                + " lease_until = ?1 WHERE id = ?2 AND lease_owner = ?3")
                        .setParameter(1, Times.toColumn(retryAt))
                        .setParameter(2, id)
                        .setParameter(3, owner)
                        .executeUpdate());
    }

    @Override
    public long count() {
        return Guard.call(
                "counting objects to delete",
                () -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM pending_object_deletion")
                                .getSingleResult())
                        .longValue());
    }

    private void lease(UUID id, String owner, Instant until) {
        em.createNativeQuery("UPDATE pending_object_deletion SET lease_owner = ?1, lease_until = ?2 WHERE id = ?3")
                .setParameter(1, owner)
                .setParameter(2, Times.toColumn(until))
                .setParameter(3, id)
                .executeUpdate();
    }

    private static UUID uuid(Object raw) {
        return raw instanceof UUID u ? u : UUID.fromString(raw.toString());
    }
}
