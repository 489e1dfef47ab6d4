package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Persistence adapter: attachments of documents to questionnaire responses, on JPA. */
@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaAttachmentRepository() {
    }

    public JpaAttachmentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(Attachment attachment) {
        Guard.run("saving attachment " + attachment.id(), () -> {
            em.merge(AttachmentMapper.toRow(attachment));
            em.flush();
        });
    }

    @Override
    public boolean existsForDocument(TenantId tenantId, DocumentId documentId) {
        return Guard.call("looking up attachments of document " + documentId, () -> !em
                .createQuery("SELECT a.id FROM AttachmentJpaEntity a"
                        + " WHERE a.tenantId = :tenant AND a.documentId = :document", Object.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("document", documentId.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty());
    }
}
