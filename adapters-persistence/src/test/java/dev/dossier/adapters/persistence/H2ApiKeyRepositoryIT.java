package dev.dossier.adapters.persistence;

/** {@link AbstractApiKeyRepositoryTest} on the embedded H2 database. */
class H2ApiKeyRepositoryIT extends AbstractApiKeyRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
