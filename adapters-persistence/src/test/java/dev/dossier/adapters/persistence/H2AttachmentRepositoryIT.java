package dev.dossier.adapters.persistence;

/** {@link AbstractAttachmentRepositoryTest} on the embedded H2 database. */
class H2AttachmentRepositoryIT extends AbstractAttachmentRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
