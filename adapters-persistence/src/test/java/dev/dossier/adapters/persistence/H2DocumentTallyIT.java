package dev.dossier.adapters.persistence;

/** {@link AbstractDocumentTallyTest} on the embedded H2 database, where the tally is a counting view. */
class H2DocumentTallyIT extends AbstractDocumentTallyTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
