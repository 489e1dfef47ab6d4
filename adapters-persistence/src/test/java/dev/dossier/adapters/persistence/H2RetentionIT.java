package dev.dossier.adapters.persistence;

/** {@link AbstractRetentionTest} on H2. */
class H2RetentionIT extends AbstractRetentionTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
