package dev.dossier.application.fakes;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link TenantRepository}. */
public final class InMemoryTenantRepository implements TenantRepository {
    private final Map<TenantId, Tenant> rows = new LinkedHashMap<>();

    @Override
    public synchronized void save(Tenant tenant) {
        rows.put(tenant.id(), tenant);
    }

    @Override
    public synchronized Optional<Tenant> findById(TenantId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized KeysetSlice<Tenant> page(KeysetRequest request) {
        return InMemoryKeyset.slice(rows.values(), t -> new KeysetPosition(t.createdAt(), t.id().value()), request);
    }

    public synchronized List<Tenant> all() {
        return new ArrayList<>(rows.values());
    }
}
