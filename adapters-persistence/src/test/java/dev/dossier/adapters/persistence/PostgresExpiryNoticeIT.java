package dev.dossier.adapters.persistence;

/** {@link AbstractExpiryNoticeTest} on Postgres. */
class PostgresExpiryNoticeIT extends AbstractExpiryNoticeTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
