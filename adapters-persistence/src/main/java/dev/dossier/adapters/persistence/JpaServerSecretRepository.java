package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.ServerSecretRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;

/**
 * Persistence adapter: shared secrets in the {@code server_secret} table. Creation is race-free across
 * instances without failing anyone's transaction: {@code INSERT ... ON CONFLICT DO NOTHING} waits for a
 * concurrent insert of the same name to end and then does nothing, and the read that follows (a new
 * statement, so a new snapshot under READ COMMITTED) sees whichever value was stored first.
 */
@ApplicationScoped
public class JpaServerSecretRepository implements ServerSecretRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaServerSecretRepository() {}

    public JpaServerSecretRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public String getOrCreate(String name, String candidate) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(candidate, "candidate");
        return Guard.call("reading the shared secret " + name, () -> {
            List<?> stored = read(name);
            if (stored.isEmpty()) {
                em.createNativeQuery("INSERT INTO server_secret (name, secret) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                        .setParameter(1, name)
                        .setParameter(2, candidate)
                        .executeUpdate();
                stored = read(name);
            }
            if (stored.isEmpty()) {
                throw new IllegalStateException("the shared secret " + name + " was neither stored nor found");
            }
            return stored.get(0).toString();
        });
    }

    private List<?> read(String name) {
        return em.createNativeQuery("SELECT secret FROM server_secret WHERE name = ?1")
                .setParameter(1, name)
                .getResultList();
    }
}
