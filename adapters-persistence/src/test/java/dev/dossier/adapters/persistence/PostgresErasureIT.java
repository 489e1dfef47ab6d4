package dev.dossier.adapters.persistence;

/** {@link AbstractErasureTest} on Postgres. */
class PostgresErasureIT extends AbstractErasureTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
