package dev.dossier.adapters.persistence;

/** {@link AbstractWorkflowRepositoryTest} on the embedded H2 database. */
class H2WorkflowRepositoryIT extends AbstractWorkflowRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
