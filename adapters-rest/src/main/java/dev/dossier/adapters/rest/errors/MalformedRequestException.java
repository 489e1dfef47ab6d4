package dev.dossier.adapters.rest.errors;

/**
 * A body that cannot be read at all: broken JSON or multipart (400), a JSON body too large (413)
 * or in a charset other than UTF-8 (415). Each surface answers it with a {@code detail} in its shape.
 */
public final class MalformedRequestException extends RuntimeException {
    private final int status;

    public MalformedRequestException(String detail) {
        this(400, detail);
    }

    public MalformedRequestException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
