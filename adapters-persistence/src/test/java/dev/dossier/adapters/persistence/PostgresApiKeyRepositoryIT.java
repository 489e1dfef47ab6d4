package dev.dossier.adapters.persistence;

/** {@link AbstractApiKeyRepositoryTest} on PostgreSQL. */
class PostgresApiKeyRepositoryIT extends AbstractApiKeyRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
