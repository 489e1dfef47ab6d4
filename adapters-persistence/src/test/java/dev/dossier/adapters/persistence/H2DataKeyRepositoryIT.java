package dev.dossier.adapters.persistence;

/** {@link AbstractDataKeyRepositoryTest} on the embedded H2 database. */
class H2DataKeyRepositoryIT extends AbstractDataKeyRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
