package dev.dossier.adapters.persistence;

/** {@link AbstractDirectUploadRepositoryTest} on the embedded H2 database. */
class H2DirectUploadRepositoryIT extends AbstractDirectUploadRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
