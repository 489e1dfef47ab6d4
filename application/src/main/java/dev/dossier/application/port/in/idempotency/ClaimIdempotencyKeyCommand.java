package dev.dossier.application.port.in.idempotency;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.idempotency.RequestFingerprint;
import java.util.Objects;

/**
 * Input of {@link ClaimIdempotencyKeyUseCase}: the caller, the key exactly as sent (checked by the service), and the
 * request's fingerprint.
 */
public record ClaimIdempotencyKeyCommand(Caller caller, String key, RequestFingerprint fingerprint) {
    public ClaimIdempotencyKeyCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
