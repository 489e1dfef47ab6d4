package dev.dossier.adapters.persistence;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Persistence adapter: tenants on JPA. */
@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaTenantRepository() {}

    public JpaTenantRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(Tenant tenant) {
        Guard.run("saving tenant " + tenant.id(), () -> {
            em.merge(TenantMapper.toRow(tenant));
            em.flush();
        });
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return Guard.call(
                "reading tenant " + id,
                () -> Optional.ofNullable(em.find(TenantJpaEntity.class, id.value()))
                        .map(TenantMapper::toDomain));
    }

    @Override
    public KeysetSlice<Tenant> page(KeysetRequest request) {
        return Guard.call(
                "paging tenants",
                () -> KeysetQuery.of(em, TenantJpaEntity.class, "t")
                        .page(request, row -> new KeysetPosition(Times.fromColumn(row.createdAt()), row.id()))
                        .map(TenantMapper::toDomain));
    }
}
