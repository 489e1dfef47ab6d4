package dev.dossier.adapters.persistence;

/** {@link AbstractDatabaseMigratorTest} on PostgreSQL. */
class PostgresDatabaseMigratorIT extends AbstractDatabaseMigratorTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
