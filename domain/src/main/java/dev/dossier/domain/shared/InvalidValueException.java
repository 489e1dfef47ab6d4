package dev.dossier.domain.shared;

/** A value that breaks one of the model's rules, named by the attribute it was meant for. */
public final class InvalidValueException extends DomainException {
    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
