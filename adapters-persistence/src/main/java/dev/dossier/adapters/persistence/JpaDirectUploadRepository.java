package dev.dossier.adapters.persistence;

import dev.dossier.adapters.persistence.ColumnBindingCustomizer.SetObjectParameter;
import dev.dossier.application.port.out.DirectUploadRepository;
import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.directupload.UploadStatus;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence adapter: direct uploads on JPA. The sweep's claim locks candidate rows with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} (PostgreSQL; H2 2.2 accepts the same clause), so that
 * instances claiming at the same moment pass over each other's rows instead of waiting, then
 * leases the free ones in the same transaction. Every later step is a conditional UPDATE that
 * succeeds only for the lease holder.
 */
@ApplicationScoped
public class JpaDirectUploadRepository implements DirectUploadRepository {
    /** Rows that may need work; times are checked on the locked rows, so the SQL binds no timestamps. */
    private static final String CANDIDATES = "SELECT id FROM direct_upload"
            + " WHERE status = 'PENDING' OR quarantine_purged = FALSE"
            + " ORDER BY lease_until NULLS FIRST, created_at, id"
            + " LIMIT ? FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaDirectUploadRepository() {}

    public JpaDirectUploadRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void insert(DirectUpload upload) {
        Guard.run("saving direct upload " + upload.id(), () -> {
            em.persist(DirectUploadMapper.toNewRow(upload));
            em.flush();
        });
    }

    @Override
    public Optional<DirectUpload> findById(TenantId tenantId, DocumentId id) {
        return Guard.call(
                "reading direct upload " + id,
                () -> em.createQuery(
                                "SELECT u FROM DirectUploadJpaEntity u WHERE u.tenantId = :tenant AND u.id = :id",
                                DirectUploadJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("id", id.value())
                        .setHint(EclipseLinkHints.REFRESH, "true")
                        .getResultStream()
                        .findFirst()
                        .map(DirectUploadMapper::toDomain));
    }

    @Override
    public Optional<DirectUpload> findAnyById(DocumentId id) {
        return Guard.call(
                "reading direct upload " + id,
                () -> em.createQuery(
                                "SELECT u FROM DirectUploadJpaEntity u WHERE u.id = :id", DirectUploadJpaEntity.class)
                        .setParameter("id", id.value())
                        .setHint(EclipseLinkHints.REFRESH, "true")
                        .getResultStream()
                        .findFirst()
                        .map(DirectUploadMapper::toDomain));
    }

    @Override
    public List<DirectUpload> claimDue(Instant now, Instant leaseUntil, String owner, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return Guard.call("claiming direct uploads", () -> {
            List<?> ids =
                    em.createNativeQuery(CANDIDATES).setParameter(1, limit).getResultList();
            List<DirectUpload> claimed = new ArrayList<>();
            for (Object raw : ids) {
                DirectUploadJpaEntity row = em.find(DirectUploadJpaEntity.class, uuid(raw));
                if (row == null) {
                    continue;
                }
                em.refresh(row);
                boolean free =
                        row.leaseUntil == null || row.leaseUntil.toInstant().isBefore(now);
                boolean due = row.status == UploadStatus.PENDING
                        || row.expiresAt.toInstant().isBefore(now);
                if (free && due) {
                    // a bulk UPDATE, not a field write: woven entities (in the server) track changes
                    // through their own accessors only
                    em.createQuery("UPDATE DirectUploadJpaEntity u SET u.leaseOwner = :owner, u.leaseUntil = :until"
                                    + " WHERE u.id = :id")
                            .setParameter("owner", owner)
                            .setParameter("until", Times.toColumn(leaseUntil))
                            .setParameter("id", row.id)
                            .executeUpdate();
                    claimed.add(DirectUploadMapper.toDomain(row));
                }
            }
            return claimed;
        });
    }

    private static UUID uuid(Object raw) {
        return raw instanceof UUID u ? u : UUID.fromString(raw.toString());
    }

    @Override
    public boolean claim(DocumentId id, Instant now, Instant leaseUntil, String owner) {
        OffsetDateTime at = Times.toColumn(now);
        return Guard.call(
                "claiming direct upload " + id,
                () -> em.createQuery("UPDATE DirectUploadJpaEntity u SET u.leaseOwner = :owner,"
                                        + " u.leaseUntil = :until"
                                        + " WHERE u.id = :id AND u.status = :pending AND (u.leaseUntil"
                                        + " IS NULL OR u.leaseUntil < :now)")
                                .setParameter("owner", owner)
                                .setParameter("until", Times.toColumn(leaseUntil))
                                .setParameter("id", id.value())
                                .setParameter("pending", UploadStatus.PENDING)
                                .setParameter("now", at)
                                .executeUpdate()
                        == 1);
    }

    @Override
    public void release(DocumentId id, String owner) {
        Guard.run(
                "releasing direct upload " + id,
                () -> em.createQuery("UPDATE DirectUploadJpaEntity u SET u.leaseOwner = NULL, u.leaseUntil = NULL"
                                + " WHERE u.id = :id AND u.leaseOwner = :owner")
                        .setParameter("id", id.value())
                        .setParameter("owner", owner)
                        .executeUpdate());
    }

    @Override
    public boolean settle(DirectUpload settled, String owner) {
        if (settled.status() == UploadStatus.PENDING) {
            throw new IllegalArgumentException("upload " + settled.id() + " is not settled");
        }
        return Guard.call("settling direct upload " + settled.id(), () -> {
            boolean complete = settled.status() == UploadStatus.COMPLETE;
            String jpql = "UPDATE DirectUploadJpaEntity u SET u.status = :status, u.updatedAt = :at,"
                    + (complete ? " u.sha256 = :detail," : " u.failureReason = :detail,")
                    + " u.leaseOwner = NULL, u.leaseUntil = NULL"
                    + " WHERE u.id = :id AND u.status = :pending AND u.leaseOwner = :owner";
            return em.createQuery(jpql)
                            .setParameter("status", settled.status())
                            .setParameter("at", Times.toColumn(settled.updatedAt()))
                            .setParameter(
                                    "detail",
                                    complete
                                            ? settled.sha256().orElseThrow()
                                            : settled.failureReason().orElseThrow())
                            .setParameter("id", settled.id().value())
                            .setParameter("pending", UploadStatus.PENDING)
                            .setParameter("owner", owner)
                            .executeUpdate()
                    == 1;
        });
    }

    @Override
    public void markQuarantinePurged(DocumentId id, String owner) {
        Guard.run(
                "recording the purge of direct upload " + id,
                () -> em.createQuery("UPDATE DirectUploadJpaEntity u SET u.quarantinePurged = TRUE,"
                                + " u.leaseOwner = NULL, u.leaseUntil = NULL"
                                + " WHERE u.id = :id AND u.leaseOwner = :owner AND u.status <> :pending")
                        .setParameter("id", id.value())
                        .setParameter("owner", owner)
                        .setParameter("pending", UploadStatus.PENDING)
                        .executeUpdate());
    }

    @Override
    public int deleteSettledBefore(Instant cutoff, int limit) {
        return Guard.call(
                "purging settled direct uploads",
                () -> em.createNativeQuery("DELETE FROM direct_upload WHERE id IN (SELECT id FROM direct_upload"
                                + " WHERE status <> 'PENDING' AND quarantine_purged = TRUE AND updated_at < ?1"
                                + " LIMIT ?2)")
                        .setParameter(1, new SetObjectParameter(Times.toColumn(cutoff)))
                        .setParameter(2, limit)
                        .executeUpdate());
    }
}
