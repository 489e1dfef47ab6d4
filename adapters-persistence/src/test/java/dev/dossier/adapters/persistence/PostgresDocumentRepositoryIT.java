package dev.dossier.adapters.persistence;

/** {@link AbstractDocumentRepositoryTest} on PostgreSQL. */
class PostgresDocumentRepositoryIT extends AbstractDocumentRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
