package dev.dossier.application.port.out;

import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: API keys, looked up by the hash of their secret. */
public interface ApiKeyRepository {
    void save(ApiKey key);

    Optional<ApiKey> findBySecretHash(String secretHash);

    /** The key {@code id} of {@code tenantId}; empty for a key of another tenant. */
    Optional<ApiKey> findById(TenantId tenantId, ApiKeyId id);

    /** Every key of the tenant, revoked and expired ones included, newest first. */
    List<ApiKey> findByTenant(TenantId tenantId);

    /**
     * Revokes the key at {@code at} unless it is revoked already (the first revocation stands).
     *
     * @return whether this call revoked it
     */
    boolean revoke(TenantId tenantId, ApiKeyId id, Instant at);

    /**
     * Records a use of the key at {@code at}, in one conditional statement that changes nothing when
     * the key's last use is already at or after {@code unlessUsedSince}: several instances together
     * write each key at most once per interval.
     *
     * @return whether the row was written
     */
    boolean recordUse(ApiKeyId id, Instant at, Instant unlessUsedSince);
}
