package dev.dossier.adapters.persistence;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.domain.audit.AuditChain;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.audit.ChainedAuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence adapter: the audit trail, insert-only, chained per tenant. Each append locks the
 * tenant's chain-head row ({@code SELECT … FOR UPDATE}) until the caller's transaction ends, so
 * appends of one tenant — from any thread or server instance on the database — take their places
 * one after the other and each hashes over the one before it.
 */
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
            UUID tenant = event.tenantId().value();
            // the tenant's first event creates its head; a concurrent creator waits, then does nothing
            em.createNativeQuery("INSERT INTO audit_chain_head (tenant_id, last_seq, last_hash)"
                            + " VALUES (?1, 0, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, tenant)
                    .setParameter(2, AuditChain.GENESIS)
                    .executeUpdate();
            Object[] head = (Object[]) em.createNativeQuery(
                            "SELECT last_seq, last_hash FROM audit_chain_head WHERE tenant_id = ?1 FOR UPDATE")
                    .setParameter(1, tenant)
                    .getSingleResult();
            ChainedAuditEvent chained =
                    ChainedAuditEvent.chain(event, ((Number) head[0]).longValue() + 1, (String) head[1]);
            em.persist(AuditEventMapper.toRow(chained));
            em.createNativeQuery("UPDATE audit_chain_head SET last_seq = ?1, last_hash = ?2 WHERE tenant_id = ?3")
                    .setParameter(1, chained.sequence())
                    .setParameter(2, chained.hash())
                    .setParameter(3, tenant)
                    .executeUpdate();
            em.flush();
        });
    }

    @Override
    public KeysetSlice<ChainedAuditEvent> page(
            TenantId tenantId, Optional<DocumentId> documentId, KeysetRequest request) {
        return Guard.call("paging audit events", () -> {
            KeysetQuery<AuditEventJpaEntity> query = KeysetQuery.of(em, AuditEventJpaEntity.class, "e")
                    .where("e.tenantId = :tenant", "tenant", tenantId.value());
            if (documentId.isPresent()) {
                query = query.where(
                        "e.documentId = :document", "document", documentId.get().value());
            }
            return query.orderedBy("occurredAt", "id")
                    .page(request, row -> new KeysetPosition(Times.fromColumn(row.occurredAt()), row.id()))
                    .map(AuditEventMapper::toChained);
        });
    }

    @Override
    public List<ChainedAuditEvent> chainAfter(TenantId tenantId, long afterSequence, int limit) {
        return Guard.call(
                "reading an audit chain",
                () -> em
                        .createQuery(
                                "SELECT e FROM AuditEventJpaEntity e WHERE e.tenantId = :tenant AND e.chainSeq > :after"
                                        + " ORDER BY e.chainSeq",
                                AuditEventJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("after", afterSequence)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(AuditEventMapper::toChained)
                        .toList());
    }

    @Override
    public long chainLength(TenantId tenantId) {
        return Guard.call("reading an audit chain's head", () -> {
            List<?> head = em.createNativeQuery("SELECT last_seq FROM audit_chain_head WHERE tenant_id = ?1")
                    .setParameter(1, tenantId.value())
                    .getResultList();
            return head.isEmpty() ? 0L : ((Number) head.get(0)).longValue();
        });
    }
}
