package dev.dossier.adapters.persistence;

import dev.dossier.adapters.persistence.ColumnBindingCustomizer.SetObjectParameter;
import dev.dossier.application.port.out.IdempotencyRepository;
import dev.dossier.domain.idempotency.IdempotencyKey;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Persistence adapter: idempotency records on JPA. The claim is one {@code INSERT … ON CONFLICT DO
 * NOTHING} (PostgreSQL and H2 in PostgreSQL mode both have it): a concurrent insert of the same key
 * waits for the first to commit and then inserts nothing, so exactly one claim wins without an error
 * that would spoil the transaction. Every later change is an UPDATE or DELETE conditional on the claim.
 */
@ApplicationScoped
public class JpaIdempotencyRepository implements IdempotencyRepository {
    private static final String INSERT = "INSERT INTO idempotency_record"
            + " (tenant_id, idempotency_key, claim_id, fingerprint, created_at)"
            + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING";

    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaIdempotencyRepository() {}

    public JpaIdempotencyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean insertIfAbsent(IdempotencyRecord claim) {
        if (claim.isCompleted()) {
            throw new IllegalArgumentException("a claim starts in flight");
        }
        return Guard.call(
                "claiming an idempotency key",
                () -> em.createNativeQuery(INSERT)
                                // bound with setObject, as the mapped columns are (see ColumnBindingCustomizer)
                                .setParameter(
                                        1,
                                        new SetObjectParameter(claim.tenantId().value()))
                                .setParameter(2, claim.key().value())
                                .setParameter(3, new SetObjectParameter(claim.claimId()))
                                .setParameter(4, claim.fingerprint().value())
                                .setParameter(5, new SetObjectParameter(Times.toColumn(claim.createdAt())))
                                .executeUpdate()
                        == 1);
    }

    @Override
    public Optional<IdempotencyRecord> find(TenantId tenantId, IdempotencyKey key) {
        return Guard.call(
                "looking up an idempotency key",
                () -> em.createQuery(
                                "SELECT r FROM IdempotencyRecordJpaEntity r"
                                        + " WHERE r.tenantId = :tenant AND r.idempotencyKey = :key",
                                IdempotencyRecordJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("key", key.value())
                        .getResultStream()
                        .findFirst()
                        .map(IdempotencyRecordMapper::toDomain));
    }

    @Override
    public boolean replace(IdempotencyRecord stale, IdempotencyRecord fresh) {
        sameKey(stale, fresh);
        if (fresh.isCompleted()) {
            throw new IllegalArgumentException("a claim starts in flight");
        }
        return Guard.call(
                "taking over an idempotency key",
                () -> em.createQuery("UPDATE IdempotencyRecordJpaEntity r SET r.claimId = :fresh,"
                                        + " r.fingerprint = :fingerprint,"
                                        + " r.createdAt = :created, r.completedAt = NULL,"
                                        + " r.responseStatus = NULL, r.responseBody = NULL"
                                        + " WHERE r.tenantId = :tenant AND r.idempotencyKey = :key AND"
                                        + " r.claimId = :stale")
                                .setParameter("fresh", fresh.claimId())
                                .setParameter("fingerprint", fresh.fingerprint().value())
                                .setParameter("created", Times.toColumn(fresh.createdAt()))
                                .setParameter("tenant", stale.tenantId().value())
                                .setParameter("key", stale.key().value())
                                .setParameter("stale", stale.claimId())
                                .executeUpdate()
                        == 1);
    }

    @Override
    public boolean complete(IdempotencyRecord completed) {
        Objects.requireNonNull(completed.response(), "a completed record has its response");
        return Guard.call(
                "recording the answer of an idempotent request",
                () -> em.createQuery("UPDATE IdempotencyRecordJpaEntity r SET r.completedAt = :completed,"
                                        + " r.responseStatus = :status, r.responseBody = :body"
                                        + " WHERE r.tenantId = :tenant AND r.idempotencyKey = :key AND"
                                        + " r.claimId = :claim"
                                        + " AND r.completedAt IS NULL")
                                .setParameter("completed", Times.toColumn(completed.completedAt()))
                                .setParameter("status", completed.response().status())
                                .setParameter("body", completed.response().body())
                                .setParameter("tenant", completed.tenantId().value())
                                .setParameter("key", completed.key().value())
                                .setParameter("claim", completed.claimId())
                                .executeUpdate()
                        == 1);
    }

    @Override
    public boolean release(IdempotencyRecord claim) {
        return Guard.call(
                "releasing an idempotency key",
                () -> em.createQuery("DELETE FROM IdempotencyRecordJpaEntity r WHERE r.tenantId = :tenant"
                                        + " AND r.idempotencyKey = :key AND r.claimId = :claim AND"
                                        + " r.completedAt IS NULL")
                                .setParameter("tenant", claim.tenantId().value())
                                .setParameter("key", claim.key().value())
                                .setParameter("claim", claim.claimId())
                                .executeUpdate()
                        == 1);
    }

    @Override
    public boolean hold(IdempotencyRecord claim) {
        return Guard.call(
                "holding an idempotency claim",
                () -> !lockClaim(claim, "FOR UPDATE").isEmpty());
    }

    @Override
    public boolean isUnheld(IdempotencyRecord stored) {
        return Guard.call(
                "checking an idempotency claim",
                () -> !lockClaim(stored, "FOR UPDATE SKIP LOCKED").isEmpty());
    }

    /** The claim's in-flight row, locked as {@code lock} says (PostgreSQL and H2 2.2 both know SKIP LOCKED). */
    private List<?> lockClaim(IdempotencyRecord claim, String lock) {
        return em.createNativeQuery("SELECT claim_id FROM idempotency_record WHERE tenant_id = ?1"
                        + " AND idempotency_key = ?2 AND claim_id = ?3 AND completed_at IS NULL " + lock)
                .setParameter(1, new SetObjectParameter(claim.tenantId().value()))
                .setParameter(2, claim.key().value())
                .setParameter(3, new SetObjectParameter(claim.claimId()))
                .getResultList();
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        return Guard.call(
                "purging expired idempotency records",
                () -> em.createQuery("DELETE FROM IdempotencyRecordJpaEntity r WHERE r.createdAt < :cutoff")
                        .setParameter("cutoff", Times.toColumn(cutoff))
                        .executeUpdate());
    }

    private static void sameKey(IdempotencyRecord a, IdempotencyRecord b) {
        if (!a.tenantId().equals(b.tenantId()) || !a.key().equals(b.key())) {
            throw new IllegalArgumentException("a record is replaced by one of the same tenant and key");
        }
    }
}
