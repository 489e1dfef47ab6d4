package dev.dossier.adapters.persistence;

/** {@link AbstractServerSecretRepositoryTest} on PostgreSQL. */
class PostgresServerSecretRepositoryIT extends AbstractServerSecretRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
