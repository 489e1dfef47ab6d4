package dev.dossier.application.fakes;

import dev.dossier.application.port.out.DataKeyRepository;
import dev.dossier.domain.crypto.DataKey;
import dev.dossier.domain.crypto.DataKeyId;
import dev.dossier.domain.crypto.WrappedKey;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test implementation of {@link DataKeyRepository}. */
public final class InMemoryDataKeyRepository implements DataKeyRepository {
    private final Map<DataKeyId, DataKey> keys = new LinkedHashMap<>();

    @Override
    public synchronized Optional<DataKey> findForOwner(TenantId tenantId, DocumentOwner owner) {
        return keys.values().stream()
                .filter(k -> k.tenantId().equals(tenantId) && k.owner().equals(owner))
                .findFirst();
    }

    @Override
    public synchronized Optional<DataKey> findById(TenantId tenantId, DataKeyId id) {
        return Optional.ofNullable(keys.get(id)).filter(k -> k.tenantId().equals(tenantId));
    }

    @Override
    public synchronized DataKey saveIfAbsent(DataKey key) {
        Optional<DataKey> existing = findForOwner(key.tenantId(), key.owner());
        if (existing.isPresent()) {
            return existing.get();
        }
        keys.put(key.id(), key);
        return key;
    }

    @Override
    public synchronized List<DataKey> wrappedWithOtherThan(String masterKeyId, int limit) {
        return keys.values().stream()
                .filter(k -> !k.wrapped().masterKeyId().equals(masterKeyId))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<DataKey> oneKeyPerMasterKey() {
        Map<String, DataKey> first = new LinkedHashMap<>();
        keys.values().forEach(k -> first.putIfAbsent(k.wrapped().masterKeyId(), k));
        return new ArrayList<>(first.values());
    }

    @Override
    public synchronized boolean rewrap(DataKey key, WrappedKey expected) {
        DataKey stored = keys.get(key.id());
        if (stored == null || !stored.wrapped().equals(expected)) {
            return false;
        }
        keys.put(key.id(), key);
        return true;
    }

    public synchronized Collection<DataKey> all() {
        return List.copyOf(keys.values());
    }

    public synchronized void destroy(DataKeyId id) {
        keys.remove(id);
    }
}
