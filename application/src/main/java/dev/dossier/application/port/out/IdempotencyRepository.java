package dev.dossier.application.port.out;

import dev.dossier.domain.idempotency.IdempotencyKey;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: idempotency records, one per tenant and key, shared by every server instance. Each method
 * is meant to run in a transaction of its own, committed before the request's work starts, so that
 * concurrent requests on any server see the claim. The conditional methods act only on the claim
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

    /** Deletes every record created before {@code cutoff}, of every tenant; returns how many. */
    int deleteCreatedBefore(Instant cutoff);
}
