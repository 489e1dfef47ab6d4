package dev.dossier.adapters.rest.errors;

/** A body that cannot be parsed at all (broken JSON or multipart): a 400 with a {@code detail}. */
public final class MalformedRequestException extends RuntimeException {
    public MalformedRequestException(String detail) {
        super(detail);
    }
}
