package dev.dossier.application.error;

/** Storing or reading a document's bytes or record failed; nothing half-written was left behind. */
public final class StorageFailureException extends ApplicationException {
    public StorageFailureException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** A reason safe to show to the client (no internals). */
    public String reason() {
        return getMessage();
    }
}
