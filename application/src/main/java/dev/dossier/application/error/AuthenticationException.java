package dev.dossier.application.error;

/** No credentials, or credentials that match no key. */
public final class AuthenticationException extends ApplicationException {
    /** Why authentication failed. */
    public enum Reason {
        MISSING,
        INVALID
    }

    private final Reason reason;

    public AuthenticationException(Reason reason) {
        super("authentication failed: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
