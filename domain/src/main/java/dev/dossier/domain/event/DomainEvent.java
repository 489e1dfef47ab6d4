package dev.dossier.domain.event;

import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened to one tenant's data, to be reported to the tenant's webhook endpoints:
 * the body {@code {"id", "type", "created_at", "data"}}. {@code data} holds ids, types, statuses and
 * dates only, as strings (a null value is written as JSON null), in the order given; never a
 * person's or company's name, a file name or anything a user typed or uploaded.
 */
public record DomainEvent(EventId id, TenantId tenantId, EventType type, Instant createdAt, Map<String, String> data) {
    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(data, "data");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** A new event with a fresh id. */
    public static DomainEvent of(TenantId tenantId, EventType type, Instant createdAt, Map<String, String> data) {
        return new DomainEvent(EventId.generate(), tenantId, type, createdAt, data);
    }
}
