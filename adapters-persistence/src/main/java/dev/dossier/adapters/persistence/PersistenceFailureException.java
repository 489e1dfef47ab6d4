package dev.dossier.adapters.persistence;

/** A repository could not read or write; carries the JPA exception as its cause so that none crosses a port. */
public class PersistenceFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PersistenceFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
