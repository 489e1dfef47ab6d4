package dev.dossier.adapters.persistence;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Persistence adapter: entities on JPA, always within one tenant. */
@ApplicationScoped
public class JpaEntityRepository implements EntityRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaEntityRepository() {}

    public JpaEntityRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(Entity entity) {
        Guard.run("saving entity " + entity.id(), () -> {
            em.merge(EntityMapper.toRow(entity));
            em.flush();
        });
    }

    @Override
    public Optional<Entity> findById(TenantId tenantId, EntityId id) {
        return Guard.call(
                "reading entity " + id,
                () -> em.createQuery(
                                "SELECT e FROM EntityJpaEntity e WHERE e.tenantId = :tenant AND e.id = :id",
                                EntityJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("id", id.value())
                        .getResultStream()
                        .findFirst()
                        .map(EntityMapper::toDomain));
    }

    @Override
    public List<Entity> list(TenantId tenantId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return Guard.call(
                "listing entities",
                () -> em
                        .createQuery(
                                "SELECT e FROM EntityJpaEntity e WHERE e.tenantId = :tenant"
                                        + " ORDER BY e.createdAt DESC, e.id DESC",
                                EntityJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(EntityMapper::toDomain)
                        .toList());
    }

    @Override
    public KeysetSlice<Entity> page(TenantId tenantId, KeysetRequest request) {
        return Guard.call(
                "paging entities",
                () -> KeysetQuery.of(em, EntityJpaEntity.class, "e")
                        .where("e.tenantId = :tenant", "tenant", tenantId.value())
                        .page(request, row -> new KeysetPosition(Times.fromColumn(row.createdAt()), row.id()))
                        .map(EntityMapper::toDomain));
    }

    @Override
    public long count(TenantId tenantId) {
        return Guard.call(
                "counting entities",
                () -> em.createQuery("SELECT COUNT(e) FROM EntityJpaEntity e WHERE e.tenantId = :tenant", Long.class)
                        .setParameter("tenant", tenantId.value())
                        .getSingleResult());
    }
}
