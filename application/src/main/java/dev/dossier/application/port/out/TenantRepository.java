package dev.dossier.application.port.out;

import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import java.util.Optional;

/** Port: tenants. */
public interface TenantRepository {
    void save(Tenant tenant);

    Optional<Tenant> findById(TenantId id);

    /** A page of all tenants, newest first by {@code (createdAt, id)}. */
    KeysetSlice<Tenant> page(KeysetRequest request);
}
