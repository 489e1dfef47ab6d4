package dev.dossier.application.port.in.idempotency;

import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.idempotency.RecordedResponse;
import java.util.Objects;

/**
 * The outcome of claiming a key: run the request now (and settle the claim afterwards), or answer with the recorded
 * response.
 */
public sealed interface IdempotencyClaim {
    /** The key is this request's: run it, then {@link ClaimIdempotencyKeyUseCase#settle settle} {@code record}. */
    record Proceed(IdempotencyRecord record) implements IdempotencyClaim {
        public Proceed {
            Objects.requireNonNull(record, "record");
        }
    }

    /** The same request finished before: answer with its response, write nothing. */
    record Replay(RecordedResponse response) implements IdempotencyClaim {
        public Replay {
            Objects.requireNonNull(response, "response");
        }
    }
}
