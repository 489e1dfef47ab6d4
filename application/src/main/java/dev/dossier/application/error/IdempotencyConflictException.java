package dev.dossier.application.error;

/**
 * A request reused an idempotency key it may not use now: another request's key (422), or its own while it still runs
 * (409).
 */
public final class IdempotencyConflictException extends ApplicationException {
    /** Why the key cannot be used. */
    public enum Reason {
        IN_FLIGHT("A request with this Idempotency-Key is still being processed. Retry once it has finished."),
        DIFFERENT_REQUEST(
                "This Idempotency-Key was already used for a different request. " + "Use a new key for a new request.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final Reason reason;

    public IdempotencyConflictException(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
