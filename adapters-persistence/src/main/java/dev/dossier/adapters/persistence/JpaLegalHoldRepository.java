package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.LegalHoldRepository;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.LegalHold;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Persistence adapter: {@code legal_hold}, one row per held target, every statement bound to the tenant. */
@ApplicationScoped
public class JpaLegalHoldRepository implements LegalHoldRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaLegalHoldRepository() {}

    public JpaLegalHoldRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<LegalHold> find(TenantId tenantId, HoldTarget target) {
        return Guard.call("reading a legal hold", () -> {
            List<?> rows = em.createNativeQuery("SELECT reason, placed_at, placed_by FROM legal_hold"
                            + " WHERE tenant_id = ?1 AND target_kind = ?2 AND target_id = ?3")
                    .setParameter(1, tenantId.value())
                    .setParameter(2, target.kind().name())
                    .setParameter(3, target.id())
                    .getResultList();
            return rows.stream().findFirst().map(raw -> {
                Object[] row = (Object[]) raw;
                return new LegalHold(tenantId, target, row[0].toString(), instant(row[1]), row[2].toString());
            });
        });
    }

    @Override
    public void put(LegalHold hold) {
        Guard.run("placing a legal hold", () -> {
            remove(hold.tenantId(), hold.target());
            em.createNativeQuery("INSERT INTO legal_hold (tenant_id, target_kind, target_id, reason, placed_at,"
                            + " placed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, hold.tenantId().value())
                    .setParameter(2, hold.target().kind().name())
                    .setParameter(3, hold.target().id())
                    .setParameter(4, hold.reason())
                    .setParameter(5, Times.toColumn(hold.placedAt()))
                    .setParameter(6, hold.placedBy())
                    .executeUpdate();
        });
    }

    @Override
    public boolean remove(TenantId tenantId, HoldTarget target) {
        return Guard.call(
                "lifting a legal hold",
                () -> em.createNativeQuery("DELETE FROM legal_hold"
                                        + " WHERE tenant_id = ?1 AND target_kind = ?2 AND target_id = ?3")
                                .setParameter(1, tenantId.value())
                                .setParameter(2, target.kind().name())
                                .setParameter(3, target.id())
                                .executeUpdate()
                        > 0);
    }

    @Override
    public boolean holdsDocument(TenantId tenantId, DocumentId documentId, EntityId entityId) {
        String document = "SELECT 1 FROM legal_hold h WHERE h.tenant_id = ?1 AND ((h.target_kind = 'DOCUMENT'"
                + " AND h.target_id = ?2)";
        return Guard.call(
                "checking the legal holds of a document",
                () -> entityId == null
                        ? exists(document + ")", tenantId, documentId.value())
                        : exists(
                                document + " OR (h.target_kind = 'ENTITY' AND h.target_id = ?3))",
                                tenantId,
                                documentId.value(),
                                entityId.value()));
    }

    @Override
    public boolean holdsAnythingOf(TenantId tenantId, EntityId entityId) {
        return Guard.call(
                "checking the legal holds of an entity",
                () -> exists(
                        "SELECT 1 FROM legal_hold h WHERE h.tenant_id = ?1 AND ((h.target_kind = 'ENTITY'"
                                + " AND h.target_id = ?2) OR (h.target_kind = 'DOCUMENT' AND h.target_id IN"
                                + " (SELECT d.id FROM document d WHERE d.tenant_id = ?1 AND d.entity_id = ?3)))",
                        tenantId,
                        entityId.value(),
                        entityId.value()));
    }

    private boolean exists(String sql, TenantId tenantId, Object... others) {
        jakarta.persistence.Query query = em.createNativeQuery(sql + " LIMIT 1").setParameter(1, tenantId.value());
        for (int i = 0; i < others.length; i++) {
            query.setParameter(i + 2, others[i]);
        }
        return !query.getResultList().isEmpty();
    }

    static Instant instant(Object column) {
        if (column instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (column instanceof Timestamp t) {
            return t.toInstant();
        }
        if (column instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException(
                "unexpected timestamp type " + column.getClass().getName());
    }
}
