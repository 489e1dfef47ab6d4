package dev.dossier.adapters.persistence;

/** {@link AbstractErasureTest} on H2. */
class H2ErasureIT extends AbstractErasureTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
