package dev.dossier.application.port.out;

/** A data key cannot be opened: its master key is not configured, or it does not open with it. */
public class KeyUnavailableException extends RuntimeException {
    public KeyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeyUnavailableException(String message) {
        super(message);
    }
}
