package dev.dossier.adapters.persistence;

/** {@link AbstractEntityRepositoryTest} on PostgreSQL. */
class PostgresEntityRepositoryIT extends AbstractEntityRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
