package dev.dossier.adapters.persistence;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Persistence adapter: the audit trail, insert-only. */
@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaAuditEventRepository() {}

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

    @Override
    public KeysetSlice<AuditEvent> page(TenantId tenantId, Optional<DocumentId> documentId, KeysetRequest request) {
        return Guard.call("paging audit events", () -> {
            KeysetQuery<AuditEventJpaEntity> query = KeysetQuery.of(em, AuditEventJpaEntity.class, "e")
                    .where("e.tenantId = :tenant", "tenant", tenantId.value());
            if (documentId.isPresent()) {
                query = query.where(
                        "e.documentId = :document", "document", documentId.get().value());
            }
            return query.orderedBy("occurredAt", "id")
                    .page(request, row -> new KeysetPosition(Times.fromColumn(row.occurredAt()), row.id()))
                    .map(AuditEventMapper::toDomain);
        });
    }
}
