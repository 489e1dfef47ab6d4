package dev.dossier.adapters.persistence;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.attachment.AttachmentId;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Persistence adapter: attachments of documents to questionnaire responses, on JPA. */
@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaAttachmentRepository() {}

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
        return Guard.call(
                "looking up attachments of document " + documentId,
                () -> !em.createQuery(
                                "SELECT a.id FROM AttachmentJpaEntity a"
                                        + " WHERE a.tenantId = :tenant AND a.documentId = :document",
                                Object.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("document", documentId.value())
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty());
    }

    @Override
    public boolean existsUploadedThroughResponse(TenantId tenantId, DocumentId documentId) {
        return Guard.call(
                "looking up answer uploads of document " + documentId,
                () -> !em.createQuery(
                                "SELECT a.id FROM AttachmentJpaEntity a WHERE a.tenantId = :tenant"
                                        + " AND a.documentId = :document AND a.uploadedThroughResponse = TRUE",
                                Object.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("document", documentId.value())
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty());
    }

    @Override
    public long countForDocument(TenantId tenantId, DocumentId documentId) {
        return Guard.call(
                "counting attachments of document " + documentId,
                () -> em.createQuery(
                                "SELECT COUNT(a) FROM AttachmentJpaEntity a"
                                        + " WHERE a.tenantId = :tenant AND a.documentId = :document",
                                Long.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("document", documentId.value())
                        .getSingleResult());
    }

    @Override
    public Optional<Attachment> findById(TenantId tenantId, AttachmentId id) {
        return Guard.call(
                "reading attachment " + id,
                () -> em.createQuery(
                                "SELECT a FROM AttachmentJpaEntity a WHERE a.tenantId = :tenant AND a.id = :id",
                                AttachmentJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("id", id.value())
                        .getResultStream()
                        .findFirst()
                        .map(AttachmentMapper::toDomain));
    }

    @Override
    public List<Attachment> listForResponse(TenantId tenantId, ResponseId responseId) {
        return Guard.call(
                "listing attachments of response " + responseId,
                () -> em.createQuery(
                                "SELECT a FROM AttachmentJpaEntity a WHERE a.tenantId = :tenant AND"
                                        + " a.responseId = :response"
                                        + " ORDER BY a.createdAt DESC, a.id DESC",
                                AttachmentJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("response", responseId.value())
                        .getResultStream()
                        .map(AttachmentMapper::toDomain)
                        .toList());
    }

    @Override
    public KeysetSlice<Attachment> page(TenantId tenantId, ResponseId responseId, KeysetRequest request) {
        return Guard.call(
                "paging attachments of response " + responseId,
                () -> KeysetQuery.of(em, AttachmentJpaEntity.class, "a")
                        .where("a.tenantId = :tenant", "tenant", tenantId.value())
                        .where("a.responseId = :response", "response", responseId.value())
                        .page(request, row -> new KeysetPosition(Times.fromColumn(row.createdAt()), row.id()))
                        .map(AttachmentMapper::toDomain));
    }

    @Override
    public void markSubmitted(TenantId tenantId, ResponseId responseId) {
        Guard.run(
                "submitting attachments of response " + responseId,
                () -> em.createQuery("UPDATE AttachmentJpaEntity a SET a.submitted = TRUE"
                                + " WHERE a.tenantId = :tenant AND a.responseId = :response")
                        .setParameter("tenant", tenantId.value())
                        .setParameter("response", responseId.value())
                        .executeUpdate());
    }

    @Override
    public void delete(TenantId tenantId, AttachmentId id) {
        Guard.run(
                "deleting attachment " + id,
                () -> em.createQuery("DELETE FROM AttachmentJpaEntity a WHERE a.tenantId = :tenant AND a.id = :id")
                        .setParameter("tenant", tenantId.value())
                        .setParameter("id", id.value())
                        .executeUpdate());
    }
}
