package dev.dossier.application.port.out;

import dev.dossier.domain.tenant.ApiKey;
import java.util.Optional;

/** Port: API keys, looked up by the hash of their secret. */
public interface ApiKeyRepository {
    void save(ApiKey key);

    Optional<ApiKey> findBySecretHash(String secretHash);
}
