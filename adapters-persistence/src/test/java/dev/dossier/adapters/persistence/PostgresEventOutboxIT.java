package dev.dossier.adapters.persistence;

/** {@link AbstractEventOutboxTest} on PostgreSQL. */
class PostgresEventOutboxIT extends AbstractEventOutboxTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
