package dev.dossier.adapters.persistence;

/** {@link AbstractBusinessDocumentRepositoryTest} on PostgreSQL. */
class PostgresBusinessDocumentRepositoryIT extends AbstractBusinessDocumentRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
