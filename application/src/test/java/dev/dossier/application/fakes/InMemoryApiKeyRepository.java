package dev.dossier.application.fakes;

import dev.dossier.application.port.out.ApiKeyRepository;
import dev.dossier.domain.tenant.ApiKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test fake of {@link ApiKeyRepository}. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {
    private final List<ApiKey> rows = new ArrayList<>();

    @Override
    public synchronized void save(ApiKey key) {
        rows.removeIf(k -> k.id().equals(key.id()));
        rows.add(key);
    }

    @Override
    public synchronized Optional<ApiKey> findBySecretHash(String secretHash) {
        return rows.stream().filter(k -> k.secretHash().equals(secretHash)).findFirst();
    }

    public synchronized List<ApiKey> all() {
        return new ArrayList<>(rows);
    }
}
