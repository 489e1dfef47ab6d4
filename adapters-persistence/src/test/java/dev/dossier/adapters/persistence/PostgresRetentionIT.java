package dev.dossier.adapters.persistence;

/** {@link AbstractRetentionTest} on Postgres. */
class PostgresRetentionIT extends AbstractRetentionTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
