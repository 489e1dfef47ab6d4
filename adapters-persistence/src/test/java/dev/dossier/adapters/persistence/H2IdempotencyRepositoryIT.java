package dev.dossier.adapters.persistence;

/** {@link AbstractIdempotencyRepositoryTest} on the embedded H2 database. */
class H2IdempotencyRepositoryIT extends AbstractIdempotencyRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
