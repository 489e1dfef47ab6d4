package dev.dossier.adapters.persistence;

/** {@link AbstractEventOutboxTest} on H2. */
class H2EventOutboxIT extends AbstractEventOutboxTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
