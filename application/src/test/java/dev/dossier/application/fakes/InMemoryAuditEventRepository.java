package dev.dossier.application.fakes;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.domain.audit.AuditChain;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.audit.ChainedAuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Test fake of {@link AuditEventRepository}: keeps events in order of appending, chained per tenant. */
public final class InMemoryAuditEventRepository implements AuditEventRepository {
    private final List<ChainedAuditEvent> events = new ArrayList<>();
    private final Map<TenantId, Long> heads = new HashMap<>();

    @Override
    public synchronized void append(AuditEvent event) {
        List<ChainedAuditEvent> chain = chainOf(event.tenantId());
        ChainedAuditEvent last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        events.add(ChainedAuditEvent.chain(
                event, last == null ? 1 : last.sequence() + 1, last == null ? AuditChain.GENESIS : last.hash()));
        heads.merge(event.tenantId(), 1L, Long::sum);
    }

    @Override
    public synchronized long chainLength(TenantId tenantId) {
        return heads.getOrDefault(tenantId, 0L);
    }

    @Override
    public synchronized KeysetSlice<ChainedAuditEvent> page(
            TenantId tenantId, Optional<DocumentId> documentId, KeysetRequest request) {
        return InMemoryKeyset.slice(
                chainOf(tenantId).stream()
                        .filter(e -> documentId
                                .map(d -> d.equals(e.event().documentId()))
                                .orElse(true))
                        .toList(),
                e -> new KeysetPosition(e.event().occurredAt(), e.event().id()),
                request);
    }

    @Override
    public synchronized List<ChainedAuditEvent> chainAfter(TenantId tenantId, long afterSequence, int limit) {
        return chainOf(tenantId).stream()
                .filter(e -> e.sequence() > afterSequence)
                .sorted(java.util.Comparator.comparingLong(ChainedAuditEvent::sequence))
                .limit(limit)
                .toList();
    }

    private List<ChainedAuditEvent> chainOf(TenantId tenantId) {
        return events.stream()
                .filter(e -> e.event().tenantId().equals(tenantId))
                .toList();
    }

    public synchronized List<AuditEvent> all() {
        return events.stream().map(ChainedAuditEvent::event).toList();
    }

    /** Test support: replaces the {@code index}-th stored event (of all tenants), as tampering would. */
    public synchronized void tamper(int index, UnaryOperator<ChainedAuditEvent> change) {
        events.set(index, change.apply(events.get(index)));
    }

    /** Test support: replaces the stored event {@code eventId}, as tampering would. */
    public synchronized void tamper(UUID eventId, UnaryOperator<ChainedAuditEvent> change) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).event().id().equals(eventId)) {
                tamper(i, change);
                return;
            }
        }
        throw new IllegalArgumentException("no event " + eventId);
    }

    /** Test support: removes the {@code index}-th stored event, as tampering would. */
    public synchronized void remove(int index) {
        events.remove(index);
    }
}
