package dev.dossier.application.service.idempotency;

import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.error.IdempotencyConflictException;
import dev.dossier.application.error.IdempotencyConflictException.Reason;
import dev.dossier.application.port.in.idempotency.ClaimIdempotencyKeyCommand;
import dev.dossier.application.port.in.idempotency.ClaimIdempotencyKeyUseCase;
import dev.dossier.application.port.in.idempotency.IdempotencyClaim;
import dev.dossier.application.port.out.IdempotencyRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.idempotency.IdempotencyKey;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.idempotency.RecordedResponse;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Use case: claim an idempotency key, then settle it. The claim is a row inserted in its own committed
 * transaction before any work starts, so that of any number of identical requests, on any number of
 * servers, exactly one runs: the others find the row and answer 409 while it runs, or replay its answer
 * once it is recorded. The work runs in a transaction that holds the row locked and records the answer
 * before committing, so a claim whose row nobody holds belongs to a server that died: the next request
 * takes it over at once. Records older than 24 hours are ignored, replaced, and purged now and then.
 */
public final class ClaimIdempotencyKeyService implements ClaimIdempotencyKeyUseCase {
    static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);
    /**
     * A claim this young counts as running even when unheld: its request may not have reached
     * {@link #runHolding} yet.
     */
    static final Duration HOLD_GRACE = Duration.ofSeconds(5);
    /** Rounds of insert-or-read; more are needed only if the key's row keeps vanishing under us. */
    private static final int MAX_ROUNDS = 5;

    private static final System.Logger LOG = System.getLogger(ClaimIdempotencyKeyService.class.getName());

    private final IdempotencyRepository records;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    public ClaimIdempotencyKeyService(IdempotencyRepository records, TimeSource time, UnitOfWork tx) {
        this.records = records;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public IdempotencyClaim claim(ClaimIdempotencyKeyCommand c) {
        FieldErrors errors = new FieldErrors();
        IdempotencyKey key = errors.capture(() -> IdempotencyKey.parse(c.key()));
        errors.throwIfAny();
        purgeIfDue();
        TenantId tenant = c.caller().tenantId();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Instant now = time.now();
            IdempotencyRecord fresh = IdempotencyRecord.claim(tenant, key, c.fingerprint(), now);
            if (tx.inTransaction(() -> records.insertIfAbsent(fresh))) {
                return new IdempotencyClaim.Proceed(fresh);
            }
            Optional<IdempotencyRecord> found = tx.inTransaction(() -> records.find(tenant, key));
            if (found.isEmpty()) {
                continue; // released (its request failed) between our insert and our read: try again
            }
            IdempotencyRecord stored = found.get();
            switch (stored.judge(c.fingerprint(), now)) {
                case REPLAY:
                    return new IdempotencyClaim.Replay(stored.response());
                case IN_FLIGHT:
                    if (!abandoned(stored, fresh, now)) {
                        throw new IdempotencyConflictException(Reason.IN_FLIGHT);
                    }
                    return new IdempotencyClaim.Proceed(fresh);
                case DIFFERENT_REQUEST:
                    throw new IdempotencyConflictException(Reason.DIFFERENT_REQUEST);
                case REUSABLE:
                default:
                    if (tx.inTransaction(() -> records.replace(stored, fresh))) {
                        return new IdempotencyClaim.Proceed(fresh);
                    }
                // another request took it over first: judge its claim in the next round
            }
        }
        throw new IdempotencyConflictException(Reason.IN_FLIGHT);
    }

    /** Takes over an in-flight claim that no running request holds (its server died); false when it is alive. */
    private boolean abandoned(IdempotencyRecord stored, IdempotencyRecord fresh, Instant now) {
        if (now.isBefore(stored.createdAt().plus(HOLD_GRACE))) {
            return false;
        }
        return tx.inTransaction(() -> records.isUnheld(stored) && records.replace(stored, fresh));
    }

    @Override
    public <T> T runHolding(IdempotencyRecord claim, Supplier<T> work, Function<T, Optional<RecordedResponse>> answer) {
        return tx.inTransaction(() -> {
            if (!records.hold(claim)) {
                // taken over between our claim and now: the other request runs it
                throw new IdempotencyConflictException(Reason.IN_FLIGHT);
            }
            T result = work.get();
            Optional<RecordedResponse> response = answer.apply(result).filter(RecordedResponse::isFinal);
            response.ifPresent(r -> records.complete(claim.complete(r, time.now())));
            return result;
        });
    }

    @Override
    public void settle(IdempotencyRecord claim, RecordedResponse response) {
        if (!response.isFinal()) {
            release(claim);
            return;
        }
        IdempotencyRecord completed = claim.complete(response, time.now());
        if (!tx.inTransaction(() -> records.complete(completed))) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "the idempotency claim for key " + claim.key()
                            + " was taken over before its request finished; its answer is not recorded");
        }
    }

    @Override
    public void release(IdempotencyRecord claim) {
        tx.inTransaction(() -> records.release(claim));
    }

    /**
     * At most once per {@link #PURGE_INTERVAL} per server: a failed purge is retried later and never fails a request.
     */
    private void purgeIfDue() {
        Instant now = time.now();
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_INTERVAL))) {
            return;
        }
        try {
            int purged = tx.inTransaction(() -> records.deleteCreatedBefore(now.minus(IdempotencyRecord.RETENTION)));
            if (purged > 0) {
                LOG.log(System.Logger.Level.DEBUG, "purged " + purged + " expired idempotency records");
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "purging expired idempotency records failed", e);
        }
    }
}
