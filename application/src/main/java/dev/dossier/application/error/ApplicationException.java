package dev.dossier.application.error;

/** Base of the errors a use case reports to its caller; each REST surface renders them in its own format. */
public abstract class ApplicationException extends RuntimeException {
    protected ApplicationException(String message) {
        super(message);
    }

    protected ApplicationException(String message, Throwable cause) {
        super(message, cause);
    }
}
