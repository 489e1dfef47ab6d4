package dev.dossier.application.fakes;

import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.domain.audit.AuditEvent;
import java.util.ArrayList;
import java.util.List;

/** Test fake of {@link AuditEventRepository}: keeps events in order of appending. */
public final class InMemoryAuditEventRepository implements AuditEventRepository {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(AuditEvent event) {
        events.add(event);
    }

    public synchronized List<AuditEvent> all() {
        return new ArrayList<>(events);
    }
}
