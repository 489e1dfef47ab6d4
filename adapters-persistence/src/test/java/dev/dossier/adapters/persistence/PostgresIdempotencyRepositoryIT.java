package dev.dossier.adapters.persistence;

/** {@link AbstractIdempotencyRepositoryTest} on PostgreSQL. */
class PostgresIdempotencyRepositoryIT extends AbstractIdempotencyRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
