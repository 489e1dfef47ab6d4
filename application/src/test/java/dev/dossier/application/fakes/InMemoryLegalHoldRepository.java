package dev.dossier.application.fakes;

import dev.dossier.application.port.out.LegalHoldRepository;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.LegalHold;
import dev.dossier.domain.tenant.TenantId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Test double of {@link LegalHoldRepository}; which documents an entity owns it asks {@code documentsOf}. */
public final class InMemoryLegalHoldRepository implements LegalHoldRepository {
    private record Key(TenantId tenantId, HoldTarget target) {}

    private final Map<Key, LegalHold> holds = new LinkedHashMap<>();
    private final Function<EntityId, List<DocumentId>> documentsOf;

    public InMemoryLegalHoldRepository(Function<EntityId, List<DocumentId>> documentsOf) {
        this.documentsOf = documentsOf;
    }

    @Override
    public synchronized Optional<LegalHold> find(TenantId tenantId, HoldTarget target) {
        return Optional.ofNullable(holds.get(new Key(tenantId, target)));
    }

    @Override
    public synchronized void put(LegalHold hold) {
        holds.put(new Key(hold.tenantId(), hold.target()), hold);
    }

    @Override
    public synchronized boolean remove(TenantId tenantId, HoldTarget target) {
        return holds.remove(new Key(tenantId, target)) != null;
    }

    @Override
    public synchronized boolean holdsDocument(TenantId tenantId, DocumentId documentId, EntityId entityId) {
        return holds.containsKey(new Key(tenantId, HoldTarget.document(documentId)))
                || (entityId != null && holds.containsKey(new Key(tenantId, HoldTarget.entity(entityId))));
    }

    @Override
    public synchronized boolean holdsAnythingOf(TenantId tenantId, EntityId entityId) {
        return holds.containsKey(new Key(tenantId, HoldTarget.entity(entityId)))
                || documentsOf.apply(entityId).stream()
                        .anyMatch(d -> holds.containsKey(new Key(tenantId, HoldTarget.document(d))));
    }

    public synchronized List<LegalHold> all() {
        return List.copyOf(holds.values());
    }
}
