package dev.dossier.adapters.persistence;

/** {@link AbstractAuditEventRepositoryTest} on PostgreSQL. */
class PostgresAuditEventRepositoryIT extends AbstractAuditEventRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
