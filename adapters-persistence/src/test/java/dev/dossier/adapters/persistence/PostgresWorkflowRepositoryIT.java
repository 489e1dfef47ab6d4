package dev.dossier.adapters.persistence;

/** {@link AbstractWorkflowRepositoryTest} on PostgreSQL. */
class PostgresWorkflowRepositoryIT extends AbstractWorkflowRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
