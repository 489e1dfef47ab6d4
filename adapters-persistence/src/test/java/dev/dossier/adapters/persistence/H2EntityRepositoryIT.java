package dev.dossier.adapters.persistence;

/** {@link AbstractEntityRepositoryTest} on the embedded H2 database. */
class H2EntityRepositoryIT extends AbstractEntityRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
