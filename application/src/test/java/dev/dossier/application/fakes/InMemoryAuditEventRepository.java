package dev.dossier.application.fakes;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test fake of {@link AuditEventRepository}: keeps events in order of appending. */
public final class InMemoryAuditEventRepository implements AuditEventRepository {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(AuditEvent event) {
        events.add(event);
    }

    @Override
    public synchronized KeysetSlice<AuditEvent> page(
            TenantId tenantId, Optional<DocumentId> documentId, KeysetRequest request) {
        return InMemoryKeyset.slice(
                events.stream()
                        .filter(e -> e.tenantId().equals(tenantId))
                        .filter(e ->
                                documentId.map(d -> d.equals(e.documentId())).orElse(true))
                        .toList(),
                e -> new KeysetPosition(e.occurredAt(), e.id()),
                request);
    }

    public synchronized List<AuditEvent> all() {
        return new ArrayList<>(events);
    }
}
