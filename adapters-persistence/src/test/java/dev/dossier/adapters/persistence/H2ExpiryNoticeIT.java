package dev.dossier.adapters.persistence;

/** {@link AbstractExpiryNoticeTest} on H2. */
class H2ExpiryNoticeIT extends AbstractExpiryNoticeTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
