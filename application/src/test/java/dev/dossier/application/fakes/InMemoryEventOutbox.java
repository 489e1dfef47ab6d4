package dev.dossier.application.fakes;

import dev.dossier.application.port.out.EventOutbox;
import dev.dossier.domain.event.DomainEvent;
import dev.dossier.domain.event.EventType;
import java.util.ArrayList;
import java.util.List;

/** Test fake of {@link EventOutbox}: keeps what was published, in order. */
public final class InMemoryEventOutbox implements EventOutbox {
    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(DomainEvent event) {
        events.add(event);
    }

    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<DomainEvent> ofType(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }
}
