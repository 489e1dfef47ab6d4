package dev.dossier.application.port.out;

import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.webhook.WebhookEndpoint;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: a tenant's webhook endpoints. Every lookup names the tenant. */
public interface WebhookEndpointRepository {
    void save(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> findById(TenantId tenantId, UUID id);

    /** Oldest first. */
    List<WebhookEndpoint> list(TenantId tenantId);

    /** Whether there was such an endpoint (its deliveries go with it). */
    boolean delete(TenantId tenantId, UUID id);

    /** No more deliveries to it: its receiver answered 410 Gone. */
    void disable(UUID id);
}
