package dev.dossier.adapters.persistence;

/** {@link AbstractDocumentRepositoryTest} on the embedded H2 database. */
class H2DocumentRepositoryIT extends AbstractDocumentRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
