package dev.dossier.adapters.persistence;

/** {@link AbstractWebhookDeliveriesTest} on PostgreSQL. */
class PostgresWebhookDeliveriesIT extends AbstractWebhookDeliveriesTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
