package dev.dossier.adapters.persistence;

/** {@link AbstractDirectUploadRepositoryTest} on PostgreSQL. */
class PostgresDirectUploadRepositoryIT extends AbstractDirectUploadRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
