package dev.dossier.adapters.persistence;

/** {@link AbstractBusinessDocumentRepositoryTest} on the embedded H2 database. */
class H2BusinessDocumentRepositoryIT extends AbstractBusinessDocumentRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
