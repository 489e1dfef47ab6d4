package dev.dossier.adapters.persistence;

/** {@link AbstractWebhookDeliveriesTest} on H2. */
class H2WebhookDeliveriesIT extends AbstractWebhookDeliveriesTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
