package dev.dossier.application.port.out;

import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Port: entities, always within one tenant. */
public interface EntityRepository {
    void save(Entity entity);

    /** Empty when the entity is missing or belongs to another tenant. */
    Optional<Entity> findById(TenantId tenantId, EntityId id);

    /** Newest first ({@code created_at} descending, ties by id). */
    List<Entity> list(TenantId tenantId, int limit);

    /** One keyset page of the tenant's entities, newest first (see {@link KeysetSlice}). */
    KeysetSlice<Entity> page(TenantId tenantId, KeysetRequest request);

    long count(TenantId tenantId);
}
