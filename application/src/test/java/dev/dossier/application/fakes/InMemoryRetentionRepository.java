package dev.dossier.application.fakes;

import dev.dossier.application.port.out.RetentionRepository;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.retention.RetentionPolicy;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test double of {@link RetentionRepository} over the tenant, document, hold, link and attachment fakes. */
public final class InMemoryRetentionRepository implements RetentionRepository {
    private final InMemoryPorts ports;
    private final Map<TenantId, RetentionPolicy> policies = new HashMap<>();

    InMemoryRetentionRepository(InMemoryPorts ports) {
        this.ports = ports;
    }

    @Override
    public synchronized Optional<RetentionPolicy> find(TenantId tenantId) {
        return ports.tenants()
                .findById(tenantId)
                .map(t -> policies.getOrDefault(tenantId, RetentionPolicy.KEEP_FOREVER));
    }

    @Override
    public synchronized boolean set(TenantId tenantId, RetentionPolicy policy) {
        if (ports.tenants().findById(tenantId).isEmpty()) {
            return false;
        }
        policies.put(tenantId, policy);
        return true;
    }

    @Override
    public synchronized List<ExpiredDocument> expire(Instant now, int limit) {
        List<Document> due = ports.documents().all().stream()
                .filter(d -> isPast(d, now) && !isHeld(d))
                .sorted(Comparator.comparing(Document::createdAt))
                .limit(limit)
                .toList();
        return due.stream()
                .map(d -> {
                    ports.attachments()
                            .removeIf(a -> a.tenantId().equals(d.tenantId())
                                    && a.documentId().equals(d.id()));
                    ports.tokens().deleteForDocument(d.id());
                    ports.documents().delete(d.tenantId(), d.id());
                    return new ExpiredDocument(d);
                })
                .toList();
    }

    private boolean isPast(Document d, Instant now) {
        Integer days = policies.getOrDefault(d.tenantId(), RetentionPolicy.KEEP_FOREVER)
                .documentsDays();
        return days != null && d.createdAt().isBefore(now.minus(Duration.ofDays(days)));
    }

    private boolean isHeld(Document d) {
        return ports.legalHolds().holdsDocument(d.tenantId(), d.id(), entityOf(d));
    }

    private static EntityId entityOf(Document d) {
        return d.owner() instanceof DocumentOwner.Entity e ? e.entityId() : null;
    }
}
