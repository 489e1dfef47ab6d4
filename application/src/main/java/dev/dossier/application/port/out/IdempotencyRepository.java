package dev.dossier.application.port.out;

import dev.dossier.domain.idempotency.IdempotencyKey;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: idempotency records, one per tenant and key, shared by every server instance. The claim is
 * inserted in a transaction of its own, committed before the request's work starts, so that
 * concurrent requests on any server see it; the work then runs in a transaction that {@link #hold holds}
 * the claim's row and records the answer before it commits. The conditional methods act only on the claim
 * they are given (its {@code claimId}) and say whether they did: of any number of concurrent calls
 * for one key, exactly one insert or one replace wins.
 */
public interface IdempotencyRepository {
    /**
     * Inserts {@code claim} unless its tenant already has a record for its key; returns whether it
     * was inserted. A conflict is an answer ({@code false}), never an exception.
     */
    boolean insertIfAbsent(IdempotencyRecord claim);

    Optional<IdempotencyRecord> find(TenantId tenantId, IdempotencyKey key);

    /** Replaces the stored record by {@code fresh} only if the stored one is still {@code stale} (same claim). */
    boolean replace(IdempotencyRecord stale, IdempotencyRecord fresh);

    /** Stores the answer of {@code completed} only if the stored record is still its in-flight claim. */
    boolean complete(IdempotencyRecord completed);

    /** Deletes the record only if it is still the in-flight claim {@code claim}, so that the key can be used again. */
    boolean release(IdempotencyRecord claim);

    /**
     * Locks the row of the in-flight claim {@code claim} until the transaction ends; false when the
     * row is no longer that claim's. The request's work runs in that transaction, so the lock lives
     * exactly as long as the request's server does.
     */
    boolean hold(IdempotencyRecord claim);

    /**
     * Whether the in-flight claim {@code stored} is held by no running transaction (its server died
     * before settling it); the row stays locked by the caller's transaction until it ends, so that the
     * caller can take it over in that same transaction. Never waits for a lock.
     */
    boolean isUnheld(IdempotencyRecord stored);

    /** Deletes every record created before {@code cutoff}, of every tenant; returns how many. */
    int deleteCreatedBefore(Instant cutoff);
}
