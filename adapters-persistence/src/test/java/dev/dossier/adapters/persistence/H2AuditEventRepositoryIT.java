package dev.dossier.adapters.persistence;

/** {@link AbstractAuditEventRepositoryTest} on the embedded H2 database. */
class H2AuditEventRepositoryIT extends AbstractAuditEventRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
