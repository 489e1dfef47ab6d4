package dev.dossier.adapters.persistence;

/** {@link AbstractTenantRepositoryTest} on PostgreSQL. */
class PostgresTenantRepositoryIT extends AbstractTenantRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
