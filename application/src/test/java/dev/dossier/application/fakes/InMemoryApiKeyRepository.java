package dev.dossier.application.fakes;

import dev.dossier.application.port.out.ApiKeyRepository;
import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Test fake of {@link ApiKeyRepository}; counts the writes of last use, and can be made to fail them. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {
    private final List<ApiKey> rows = new ArrayList<>();
    private int useWrites;
    private int hashLookups;
    private boolean failUseWrites;

    @Override
    public synchronized void save(ApiKey key) {
        rows.removeIf(k -> k.id().equals(key.id()));
        rows.add(key);
    }

    @Override
    public synchronized Optional<ApiKey> findBySecretHash(String secretHash) {
        hashLookups++;
        return rows.stream().filter(k -> k.secretHash().equals(secretHash)).findFirst();
    }

    @Override
    public synchronized Optional<ApiKey> findById(TenantId tenantId, ApiKeyId id) {
        return rows.stream()
                .filter(k -> k.id().equals(id) && k.tenantId().equals(tenantId))
                .findFirst();
    }

    @Override
    public synchronized List<ApiKey> findByTenant(TenantId tenantId) {
        return rows.stream()
                .filter(k -> k.tenantId().equals(tenantId))
                .sorted(Comparator.comparing(ApiKey::createdAt)
                        .thenComparing(k -> k.id().value())
                        .reversed())
                .toList();
    }

    @Override
    public synchronized boolean revoke(TenantId tenantId, ApiKeyId id, Instant at) {
        Optional<ApiKey> key = findById(tenantId, id).filter(k -> k.revokedAt() == null);
        key.ifPresent(k -> save(k.revoke(at)));
        return key.isPresent();
    }

    @Override
    public synchronized boolean recordUse(ApiKeyId id, Instant at, Instant unlessUsedSince) {
        useWrites++;
        if (failUseWrites) {
            throw new IllegalStateException("database unavailable");
        }
        Optional<ApiKey> key = rows.stream()
                .filter(k -> k.id().equals(id))
                .filter(k -> k.lastUsedAt() == null || k.lastUsedAt().isBefore(unlessUsedSince))
                .findFirst();
        key.ifPresent(k -> save(new ApiKey(
                k.id(),
                k.tenantId(),
                k.email(),
                k.scopes(),
                k.secretHash(),
                k.createdAt(),
                k.expiresAt(),
                k.revokedAt(),
                at)));
        return key.isPresent();
    }

    public synchronized List<ApiKey> all() {
        return new ArrayList<>(rows);
    }

    /** How many times {@link #recordUse} was called. */
    /** How many times a key was looked up by its hash, as authentication does. */
    public synchronized int hashLookups() {
        return hashLookups;
    }

    public synchronized int useWrites() {
        return useWrites;
    }

    public synchronized void failUseWrites(boolean fail) {
        this.failUseWrites = fail;
    }
}
