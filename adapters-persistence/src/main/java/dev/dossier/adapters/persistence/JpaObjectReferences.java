package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.ObjectReferences;
import dev.dossier.domain.document.StorageKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Persistence adapter: which storage keys documents and direct uploads refer to (each column has a unique index). */
@ApplicationScoped
public class JpaObjectReferences implements ObjectReferences {
    /** Keys asked about in one statement at most: a bound on its parameters. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaObjectReferences() {}

    public JpaObjectReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<StorageKey> referenced(Collection<StorageKey> keys) {
        List<String> values = keys.stream().map(StorageKey::value).distinct().toList();
        Set<StorageKey> referenced = new HashSet<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            Guard.run("looking up the rows of stored objects", () -> {
                for (String sql : List.of(
                        "SELECT d.storageKey FROM DocumentJpaEntity d WHERE d.storageKey IN :keys",
                        "SELECT u.quarantineKey FROM DirectUploadJpaEntity u WHERE u.quarantineKey IN :keys",
                        "SELECT u.documentKey FROM DirectUploadJpaEntity u WHERE u.documentKey IN :keys")) {
                    em.createQuery(sql, String.class)
                            .setParameter("keys", chunk)
                            .getResultList()
                            .forEach(k -> referenced.add(new StorageKey(k)));
                }
            });
        }
        return referenced;
    }
}
