package dev.dossier.adapters.persistence;

import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;

/** Entity ↔ row. */
final class EntityMapper {
    private EntityMapper() {}

    static EntityJpaEntity toRow(Entity entity) {
        return new EntityJpaEntity(
                entity.id().value(),
                entity.tenantId().value(),
                entity.name(),
                entity.type(),
                Times.toColumn(entity.createdAt()));
    }

    static Entity toDomain(EntityJpaEntity row) {
        return new Entity(
                new EntityId(row.id()),
                new TenantId(row.tenantId()),
                row.name(),
                row.type(),
                Times.fromColumn(row.createdAt()));
    }
}
