package dev.dossier.adapters.persistence;

/** {@link AbstractDownloadTokenRepositoryTest} on PostgreSQL. */
class PostgresDownloadTokenRepositoryIT extends AbstractDownloadTokenRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
