package dev.dossier.adapters.persistence;

import dev.dossier.adapters.persistence.ColumnBindingCustomizer.SetObjectParameter;
import dev.dossier.application.port.out.MaintenanceLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Persistence adapter: the leases of {@code maintenance_lock}, one row per job (inserted by the
 * migration). Taking a lease is one conditional UPDATE, so of any number of instances trying at once
 * exactly one gets it.
 */
@ApplicationScoped
public class JpaMaintenanceLocks implements MaintenanceLocks {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaMaintenanceLocks() {}

    public JpaMaintenanceLocks(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean tryAcquire(String name, String holder, Instant now, Instant until) {
        return Guard.call(
                "taking the lease " + name,
                () -> em.createNativeQuery("UPDATE maintenance_lock SET holder = ?1, locked_until = ?2"
                                        + " WHERE name = ?3 AND (holder IS NULL OR holder = ?1 OR locked_until < ?4)")
                                .setParameter(1, holder)
                                .setParameter(2, new SetObjectParameter(Times.toColumn(until)))
                                .setParameter(3, name)
                                .setParameter(4, new SetObjectParameter(Times.toColumn(now)))
                                .executeUpdate()
                        == 1);
    }

    @Override
    public void release(String name, String holder) {
        Guard.run(
                "giving up the lease " + name,
                () -> em.createNativeQuery("UPDATE maintenance_lock SET holder = NULL, locked_until = NULL"
                                + " WHERE name = ?1 AND holder = ?2")
                        .setParameter(1, name)
                        .setParameter(2, holder)
                        .executeUpdate());
    }
}
