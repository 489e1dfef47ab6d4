package dev.dossier.adapters.persistence;

/** {@link AbstractTenantRepositoryTest} on the embedded H2 database. */
class H2TenantRepositoryIT extends AbstractTenantRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
