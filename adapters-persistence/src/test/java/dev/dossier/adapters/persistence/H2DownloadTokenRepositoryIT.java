package dev.dossier.adapters.persistence;

/** {@link AbstractDownloadTokenRepositoryTest} on the embedded H2 database. */
class H2DownloadTokenRepositoryIT extends AbstractDownloadTokenRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
