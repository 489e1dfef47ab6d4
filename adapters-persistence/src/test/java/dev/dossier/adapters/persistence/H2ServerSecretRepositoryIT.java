package dev.dossier.adapters.persistence;

/** {@link AbstractServerSecretRepositoryTest} on the embedded H2 database. */
class H2ServerSecretRepositoryIT extends AbstractServerSecretRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
