package dev.dossier.application.error;

/** The object does not exist, or belongs to another tenant: both read exactly the same. */
public final class NotFoundException extends ApplicationException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
