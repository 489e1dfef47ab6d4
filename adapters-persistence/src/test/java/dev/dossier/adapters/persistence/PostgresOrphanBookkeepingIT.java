package dev.dossier.adapters.persistence;

/** {@link AbstractOrphanBookkeepingTest} on PostgreSQL. */
class PostgresOrphanBookkeepingIT extends AbstractOrphanBookkeepingTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
