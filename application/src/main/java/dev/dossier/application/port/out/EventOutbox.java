package dev.dossier.application.port.out;

import dev.dossier.domain.event.DomainEvent;

/**
 * Port: the outbox of events for webhook endpoints. {@link #publish} writes the event in the
 * caller's transaction, so an event exists exactly when the change it reports was committed; the
 * delivery to endpoints happens later, in the background.
 */
public interface EventOutbox {
    void publish(DomainEvent event);
}
