package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.ApiKeyRepository;
import dev.dossier.domain.tenant.ApiKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Persistence adapter: API keys on JPA, found by the hash of their secret (a unique index). */
@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaApiKeyRepository() {}

    public JpaApiKeyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(ApiKey key) {
        Guard.run("saving API key " + key.id(), () -> {
            em.merge(ApiKeyMapper.toRow(key));
            em.flush();
        });
    }

    @Override
    public Optional<ApiKey> findBySecretHash(String secretHash) {
        return Guard.call(
                "looking up an API key",
                () -> em.createQuery(
                                "SELECT k FROM ApiKeyJpaEntity k WHERE k.secretHash = :hash", ApiKeyJpaEntity.class)
                        .setParameter("hash", secretHash)
                        .getResultStream()
                        .findFirst()
                        .map(ApiKeyMapper::toDomain));
    }
}
