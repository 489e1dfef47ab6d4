package dev.dossier.application.port.out;

import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import java.util.Optional;

/** Port: tenants. */
public interface TenantRepository {
    void save(Tenant tenant);

    Optional<Tenant> findById(TenantId id);
}
