package dev.dossier.domain.shared;

/** Base of every rule violation the model reports. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}
