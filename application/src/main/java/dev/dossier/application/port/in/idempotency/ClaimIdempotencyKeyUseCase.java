package dev.dossier.application.port.in.idempotency;

import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.idempotency.RecordedResponse;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Use case: make a create or upload idempotent under a client's {@code Idempotency-Key}. The caller
 * claims the key before doing the work, and settles the claim with the answer afterwards; the same
 * request under the same key is then replayed, not repeated, for 24 hours.
 */
public interface ClaimIdempotencyKeyUseCase {
    /**
     * Claims the key for this request. Throws a {@code ValidationException} for a malformed key, and an
     * {@code IdempotencyConflictException} when the key belongs to a different request, or to this
     * request while it is still running.
     */
    IdempotencyClaim claim(ClaimIdempotencyKeyCommand command);

    /**
     * Runs the claimed request's {@code work} in one transaction that holds the claim throughout and,
     * when {@code answer} turns its result into a final answer, records that answer before committing:
     * the work and its record commit together, and a server that dies meanwhile leaves a claim that
     * nobody holds, which the next request under the key takes over. When no answer is recorded (or
     * the work throws) the claim is still the caller's to {@link #settle} or {@link #release}.
     */
    <T> T runHolding(IdempotencyRecord claim, Supplier<T> work, Function<T, Optional<RecordedResponse>> answer);

    /** Records the answer of a claimed request; a server error (5xx) is not recorded, so a retry runs again. */
    void settle(IdempotencyRecord claim, RecordedResponse response);

    /** Gives the key up without an answer (the request ended without one), so a retry runs again. */
    void release(IdempotencyRecord claim);
}
