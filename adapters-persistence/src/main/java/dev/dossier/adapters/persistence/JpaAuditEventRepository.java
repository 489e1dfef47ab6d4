package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.domain.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Persistence adapter: the audit trail, insert-only. */
@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaAuditEventRepository() {
    }

    public JpaAuditEventRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void append(AuditEvent event) {
        Guard.run("appending audit event " + event.id(), () -> {
            em.persist(AuditEventMapper.toRow(event));
            em.flush();
        });
    }
}
