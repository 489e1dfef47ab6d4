package dev.dossier.adapters.persistence;

/** {@link AbstractOrphanBookkeepingTest} on H2. */
class H2OrphanBookkeepingIT extends AbstractOrphanBookkeepingTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
