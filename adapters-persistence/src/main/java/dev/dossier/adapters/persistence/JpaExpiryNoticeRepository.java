package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.ExpiryNoticeRepository;
import dev.dossier.domain.document.Document;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Persistence adapter: the expiry-notice job's claims, over every tenant's documents. The due rows
 * are locked with {@code FOR UPDATE SKIP LOCKED}, so a concurrent batch of another instance takes
 * others; each is then claimed by a conditional update of its notice column ({@code IS NULL} →
 * now), so a row another instance marked in between is not claimed again.
 */
@ApplicationScoped
public class JpaExpiryNoticeRepository implements ExpiryNoticeRepository {
    private static final String DUE_EXPIRING = "SELECT d.id FROM document d WHERE d.expiring_notice_at IS NULL"
            + " AND d.expiry_date >= ?1 AND d.expiry_date <= ?2 ORDER BY d.expiry_date, d.id LIMIT ?3"
            + " FOR UPDATE SKIP LOCKED";
    private static final String CLAIM_EXPIRING =
            "UPDATE document SET expiring_notice_at = ?1 WHERE id = ?2 AND expiring_notice_at IS NULL";
    private static final String DUE_EXPIRED = "SELECT d.id FROM document d WHERE d.expired_notice_at IS NULL"
            + " AND d.expiry_date < ?1 ORDER BY d.expiry_date, d.id LIMIT ?2 FOR UPDATE SKIP LOCKED";
    private static final String CLAIM_EXPIRED =
            "UPDATE document SET expired_notice_at = ?1 WHERE id = ?2 AND expired_notice_at IS NULL";

    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaExpiryNoticeRepository() {}

    public JpaExpiryNoticeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Document> claimExpiring(LocalDate today, LocalDate horizon, Instant now, int limit) {
        return Guard.call(
                "claiming documents for their expiring notice",
                () -> claim(
                        em.createNativeQuery(DUE_EXPIRING)
                                .setParameter(1, java.sql.Date.valueOf(today))
                                .setParameter(2, java.sql.Date.valueOf(horizon))
                                .setParameter(3, limit)
                                .getResultList(),
                        CLAIM_EXPIRING,
                        now));
    }

    @Override
    public List<Document> claimExpired(LocalDate today, Instant now, int limit) {
        return Guard.call(
                "claiming documents for their expired notice",
                () -> claim(
                        em.createNativeQuery(DUE_EXPIRED)
                                .setParameter(1, java.sql.Date.valueOf(today))
                                .setParameter(2, limit)
                                .getResultList(),
                        CLAIM_EXPIRED,
                        now));
    }

    private List<Document> claim(List<?> due, String claimSql, Instant now) {
        List<Document> claimed = new ArrayList<>();
        for (Object raw : due) {
            UUID id = raw instanceof UUID u ? u : UUID.fromString(raw.toString());
            int updated = em.createNativeQuery(claimSql)
                    .setParameter(1, Times.toColumn(now))
                    .setParameter(2, id)
                    .executeUpdate();
            if (updated == 1) {
                DocumentJpaEntity row = em.find(DocumentJpaEntity.class, id);
                if (row != null) {
                    claimed.add(DocumentMapper.toDomain(row));
                }
            }
        }
        return claimed;
    }
}
