package dev.dossier.application.port.out;

/** The content store failed; adapters wrap their own exceptions in this one. */
public class ContentStoreException extends RuntimeException {
    public ContentStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public ContentStoreException(String message) {
        super(message);
    }
}
