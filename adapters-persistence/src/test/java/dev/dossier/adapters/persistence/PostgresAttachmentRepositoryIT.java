package dev.dossier.adapters.persistence;

/** {@link AbstractAttachmentRepositoryTest} on PostgreSQL. */
class PostgresAttachmentRepositoryIT extends AbstractAttachmentRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
