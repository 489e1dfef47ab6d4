package dev.dossier.application.port.in.idempotency;

import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.idempotency.RecordedResponse;

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

    /** Records the answer of a claimed request; a server error (5xx) is not recorded, so a retry runs again. */
    void settle(IdempotencyRecord claim, RecordedResponse response);

    /** Gives the key up without an answer (the request ended without one), so a retry runs again. */
    void release(IdempotencyRecord claim);
}
