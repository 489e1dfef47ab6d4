package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.EventOutbox;
import dev.dossier.domain.event.DomainEvent;
import dev.dossier.domain.event.EventBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Persistence adapter: the outbox {@code webhook_event}. Publishing is one INSERT in the caller's
 * transaction, whatever the tenant's endpoints: the delivery worker fans the event out to the
 * subscribed endpoints afterwards, so a change pays nothing more when nobody listens.
 */
@ApplicationScoped
public class JpaEventOutbox implements EventOutbox {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaEventOutbox() {}

    public JpaEventOutbox(EntityManager em) {
        this.em = em;
    }

    @Override
    public void publish(DomainEvent event) {
        Guard.run(
                "recording an event",
                () -> em.createNativeQuery("INSERT INTO webhook_event (id, tenant_id, event_type, created_at, body,"
                                + " fanned_out) VALUES (?1, ?2, ?3, ?4, ?5, FALSE)")
                        .setParameter(1, event.id().value())
                        .setParameter(2, event.tenantId().value())
                        .setParameter(3, event.type().wireName())
                        .setParameter(4, Times.toColumn(event.createdAt()))
                        .setParameter(5, EventBody.render(event))
                        .executeUpdate());
    }
}
