package dev.dossier.application.port.out;

/** A form POSTed to Dossier's own upload URL broke its policy; nothing was stored. */
public class UploadRefusedException extends RuntimeException {
    /** Why, as the storage would say it. */
    public enum Reason {
        /** signature, expiry, key, content type or metadata do not match the policy (S3: 403) */
        ACCESS_DENIED,
        /** the file is larger or smaller than the policy's size (S3: 400 EntityTooLarge/Small) */
        WRONG_SIZE,
        /** the form lacks a field or a file (S3: 400) */
        MALFORMED,
        /** this storage does not receive uploads through Dossier */
        NOT_SUPPORTED
    }

    private final Reason reason;

    public UploadRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
