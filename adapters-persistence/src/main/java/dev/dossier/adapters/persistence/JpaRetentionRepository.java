package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.RetentionRepository;
import dev.dossier.domain.retention.RetentionPolicy;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence adapter: the tenant's retention column, and the retention job's removal. The due
 * documents are locked with {@code FOR UPDATE SKIP LOCKED} (another instance's batch, a delete or
 * a hold being placed keeps its rows) and checked against the holds in the same statement.
 */
@ApplicationScoped
public class JpaRetentionRepository implements RetentionRepository {
    private static final String DUE = "SELECT d.id FROM document d"
            + " WHERE d.tenant_id = ?1 AND d.created_at < ?2 AND NOT EXISTS (SELECT 1 FROM legal_hold h"
            + " WHERE h.tenant_id = d.tenant_id AND ((h.target_kind = 'DOCUMENT' AND h.target_id = d.id)"
            + " OR (h.target_kind = 'ENTITY' AND h.target_id = d.entity_id)))"
            + " ORDER BY d.created_at, d.id LIMIT ?3 FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaRetentionRepository() {}

    public JpaRetentionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<RetentionPolicy> find(TenantId tenantId) {
        return Guard.call("reading the retention of tenant " + tenantId, () -> {
            List<?> rows = em.createNativeQuery("SELECT t.retention_documents_days FROM tenant t WHERE t.id = ?1")
                    .setParameter(1, tenantId.value())
                    .getResultList();
            return rows.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new RetentionPolicy(rows.get(0) == null ? null : ((Number) rows.get(0)).intValue()));
        });
    }

    /** The cast lets PostgreSQL take a null as the column's type. */
    private static final String SET_DAYS =
            "UPDATE tenant SET retention_documents_days = CAST(?1 AS integer) WHERE id = ?2";

    @Override
    public boolean set(TenantId tenantId, RetentionPolicy policy) {
        return Guard.call(
                "setting the retention of tenant " + tenantId,
                () -> em.createNativeQuery(SET_DAYS)
                                .setParameter(1, policy.documentsDays())
                                .setParameter(2, tenantId.value())
                                .executeUpdate()
                        == 1);
    }

    @Override
    public List<ExpiredDocument> expire(Instant now, int limit) {
        return Guard.call("removing documents past their retention", () -> {
            em.flush();
            List<ExpiredDocument> expired = new ArrayList<>();
            List<?> tenants = em.createNativeQuery("SELECT t.id, t.retention_documents_days FROM tenant t"
                            + " WHERE t.retention_documents_days IS NOT NULL ORDER BY t.id")
                    .getResultList();
            for (Object raw : tenants) {
                if (expired.size() >= limit) {
                    break;
                }
                Object[] tenant = (Object[]) raw;
                TenantId tenantId = new TenantId(uuid(tenant[0]));
                Instant cutoff = now.minus(Duration.ofDays(((Number) tenant[1]).intValue()));
                List<?> due = em.createNativeQuery(DUE)
                        .setParameter(1, tenantId.value())
                        .setParameter(2, Times.toColumn(cutoff))
                        .setParameter(3, limit - expired.size())
                        .getResultList();
                for (Object id : due) {
                    expired.add(
                            new ExpiredDocument(DocumentMapper.toDomain(em.find(DocumentJpaEntity.class, uuid(id)))));
                }
            }
            for (ExpiredDocument d : expired) {
                remove(d);
            }
            em.clear();
            return expired;
        });
    }

    private void remove(ExpiredDocument d) {
        for (String sql : List.of(
                "DELETE FROM attachment WHERE tenant_id = ?1 AND document_id = ?2",
                "DELETE FROM download_token WHERE tenant_id = ?1 AND document_id = ?2",
                "DELETE FROM fulfillment WHERE tenant_id = ?1 AND document_id = ?2",
                "DELETE FROM document_review_event WHERE tenant_id = ?1 AND document_id = ?2",
                "DELETE FROM document WHERE tenant_id = ?1 AND id = ?2")) {
            em.createNativeQuery(sql)
                    .setParameter(1, d.tenantId().value())
                    .setParameter(2, d.documentId().value())
                    .executeUpdate();
        }
    }

    private static UUID uuid(Object raw) {
        return raw instanceof UUID u ? u : UUID.fromString(raw.toString());
    }
}
