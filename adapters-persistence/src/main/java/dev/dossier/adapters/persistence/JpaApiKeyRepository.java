package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.ApiKeyRepository;
import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
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

    @Override
    public Optional<ApiKey> findById(TenantId tenantId, ApiKeyId id) {
        return Guard.call(
                "reading API key " + id,
                () -> Optional.ofNullable(em.find(ApiKeyJpaEntity.class, id.value()))
                        .filter(row -> row.tenantId().equals(tenantId.value()))
                        .map(ApiKeyMapper::toDomain));
    }

    @Override
    public List<ApiKey> findByTenant(TenantId tenantId) {
        return Guard.call(
                "listing API keys",
                () -> em.createQuery(
                                "SELECT k FROM ApiKeyJpaEntity k WHERE k.tenantId = :tenant"
                                        + " ORDER BY k.createdAt DESC, k.id DESC",
                                ApiKeyJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .getResultStream()
                        .map(ApiKeyMapper::toDomain)
                        .toList());
    }

    @Override
    public boolean revoke(TenantId tenantId, ApiKeyId id, Instant at) {
        return Guard.call(
                "revoking API key " + id,
                () -> em.createQuery("UPDATE ApiKeyJpaEntity k SET k.revokedAt = :at"
                                        + " WHERE k.id = :id AND k.tenantId = :tenant AND k.revokedAt IS NULL")
                                .setParameter("at", Times.toColumn(at))
                                .setParameter("id", id.value())
                                .setParameter("tenant", tenantId.value())
                                .executeUpdate()
                        == 1);
    }

    @Override
    public boolean recordUse(ApiKeyId id, Instant at, Instant unlessUsedSince) {
        return Guard.call(
                "recording the use of API key " + id,
                () -> em.createQuery("UPDATE ApiKeyJpaEntity k SET k.lastUsedAt = :at"
                                        + " WHERE k.id = :id AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :since)")
                                .setParameter("at", Times.toColumn(at))
                                .setParameter("id", id.value())
                                .setParameter("since", Times.toColumn(unlessUsedSince))
                                .executeUpdate()
                        == 1);
    }
}
