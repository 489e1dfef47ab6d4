package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.WorkflowRepository;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.workflow.Fulfillment;
import dev.dossier.domain.workflow.RequiredDocument;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Persistence adapter: workflows, required documents and fulfillments on JPA, always within one tenant. */
@ApplicationScoped
public class JpaWorkflowRepository implements WorkflowRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaWorkflowRepository() {}

    public JpaWorkflowRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(Workflow workflow) {
        Guard.run("saving workflow " + workflow.id(), () -> {
            em.merge(WorkflowMapper.toRow(workflow));
            em.flush();
        });
    }

    @Override
    public Optional<Workflow> findById(TenantId tenantId, WorkflowId id) {
        return find(tenantId, id, LockModeType.NONE);
    }

    @Override
    public Optional<Workflow> findByIdForUpdate(TenantId tenantId, WorkflowId id) {
        return find(tenantId, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Workflow> find(TenantId tenantId, WorkflowId id, LockModeType lock) {
        return Guard.call(
                "reading workflow " + id,
                () -> em.createQuery(
                                "SELECT w FROM WorkflowJpaEntity w WHERE w.tenantId = :tenant AND w.id = :id",
                                WorkflowJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("id", id.value())
                        .setLockMode(lock)
                        .setHint(EclipseLinkHints.REFRESH, "true")
                        .getResultStream()
                        .findFirst()
                        .map(WorkflowMapper::toDomain));
    }

    @Override
    public void saveRequiredDocument(RequiredDocument requiredDocument) {
        Guard.run("saving required document " + requiredDocument.id(), () -> {
            em.merge(WorkflowMapper.toRow(requiredDocument));
            em.flush();
        });
    }

    @Override
    public List<RequiredDocument> listRequiredDocuments(TenantId tenantId, WorkflowId workflowId) {
        return Guard.call(
                "listing required documents",
                () -> em
                        .createQuery(
                                "SELECT r FROM RequiredDocumentJpaEntity r WHERE r.tenantId = :tenant"
                                        + " AND r.workflowId = :workflow ORDER BY r.createdAt DESC, r.id DESC",
                                RequiredDocumentJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("workflow", workflowId.value())
                        .getResultList()
                        .stream()
                        .map(WorkflowMapper::toDomain)
                        .toList());
    }

    @Override
    public void saveFulfillments(List<Fulfillment> fulfillments) {
        Guard.run("saving fulfillments", () -> {
            fulfillments.forEach(f -> em.persist(WorkflowMapper.toRow(f)));
            em.flush();
        });
    }

    @Override
    public List<Fulfillment> listFulfillments(TenantId tenantId, WorkflowId workflowId) {
        return Guard.call(
                "listing fulfillments",
                () -> em
                        .createQuery(
                                "SELECT f FROM FulfillmentJpaEntity f WHERE f.tenantId = :tenant"
                                        + " AND f.workflowId = :workflow ORDER BY f.createdAt DESC, f.id DESC",
                                FulfillmentJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("workflow", workflowId.value())
                        .getResultList()
                        .stream()
                        .map(WorkflowMapper::toDomain)
                        .toList());
    }
}
