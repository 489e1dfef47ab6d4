package dev.dossier.domain.webhook;

import dev.dossier.domain.crypto.WrappedKey;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.TenantId;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's webhook endpoint: where events of the subscribed types are sent ({@code allEvents}
 * for {@code "*"}), signed with a secret that is kept only wrapped by the master key.
 */
public record WebhookEndpoint(
        UUID id,
        TenantId tenantId,
        URI url,
        boolean allEvents,
        Set<EventType> events,
        String description,
        Status status,
        WrappedKey wrappedSecret,
        Instant createdAt) {

    public enum Status {
        ENABLED,
        DISABLED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(url, "url");
        events = Set.copyOf(events);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(wrappedSecret, "wrappedSecret");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean subscribesTo(EventType type) {
        return allEvents || events.contains(type);
    }

    /** The context the secret is wrapped with: it opens only for this endpoint of this tenant. */
    public static byte[] secretContext(TenantId tenantId, UUID endpointId) {
        return ("webhook-secret:" + tenantId.value() + ":" + endpointId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
