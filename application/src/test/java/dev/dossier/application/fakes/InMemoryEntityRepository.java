package dev.dossier.application.fakes;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link EntityRepository}. */
public final class InMemoryEntityRepository implements EntityRepository {
    private final Map<EntityId, Entity> rows = new LinkedHashMap<>();

    @Override
    public synchronized void save(Entity entity) {
        rows.put(entity.id(), entity);
    }

    @Override
    public synchronized Optional<Entity> findById(TenantId tenantId, EntityId id) {
        return Optional.ofNullable(rows.get(id)).filter(e -> e.tenantId().equals(tenantId));
    }

    @Override
    public synchronized List<Entity> list(TenantId tenantId, int limit) {
        return rows.values().stream()
                .filter(e -> e.tenantId().equals(tenantId))
                .sorted(Comparator.comparing(Entity::createdAt)
                        .thenComparing(e -> e.id().value().toString())
                        .reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized KeysetSlice<Entity> page(TenantId tenantId, KeysetRequest request) {
        return InMemoryKeyset.slice(
                rows.values().stream()
                        .filter(e -> e.tenantId().equals(tenantId))
                        .toList(),
                e -> new KeysetPosition(e.createdAt(), e.id().value()),
                request);
    }

    @Override
    public synchronized long count(TenantId tenantId) {
        return rows.values().stream().filter(e -> e.tenantId().equals(tenantId)).count();
    }

    public synchronized List<Entity> all() {
        return new ArrayList<>(rows.values());
    }

    public synchronized void remove(EntityId id) {
        rows.remove(id);
    }
}
