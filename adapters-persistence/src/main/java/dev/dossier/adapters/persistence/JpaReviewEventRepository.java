package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.ReviewEventRepository;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.ReviewEvent;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Persistence adapter: the review history of documents on JPA, always within one tenant. */
@ApplicationScoped
public class JpaReviewEventRepository implements ReviewEventRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaReviewEventRepository() {}

    public JpaReviewEventRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void append(ReviewEvent event) {
        Guard.run("recording a review of document " + event.documentId(), () -> {
            em.persist(ReviewEventMapper.toRow(event));
            em.flush();
        });
    }

    @Override
    public List<ReviewEvent> listForDocument(TenantId tenantId, DocumentId documentId) {
        return Guard.call(
                "reading the review history of document " + documentId,
                () -> em
                        .createQuery(
                                "SELECT e FROM ReviewEventJpaEntity e WHERE e.tenantId = :tenant"
                                        + " AND e.documentId = :document ORDER BY e.occurredAt DESC, e.id DESC",
                                ReviewEventJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("document", documentId.value())
                        .getResultList()
                        .stream()
                        .map(ReviewEventMapper::toDomain)
                        .toList());
    }
}
