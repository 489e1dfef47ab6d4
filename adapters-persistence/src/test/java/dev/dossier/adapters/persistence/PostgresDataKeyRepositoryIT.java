package dev.dossier.adapters.persistence;

/** {@link AbstractDataKeyRepositoryTest} on PostgreSQL. */
class PostgresDataKeyRepositoryIT extends AbstractDataKeyRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
