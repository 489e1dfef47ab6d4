package dev.dossier.application.error;

import java.time.Duration;

/**
 * The malware scanner gave no verdict on a file, so the upload is refused (fail closed): the
 * client may try again later. Nothing of the file was kept.
 */
public final class ScannerUnavailableException extends ApplicationException {
    public static final String REASON = "The malware scanner is unavailable.";
    /** When a client may try again: about the time a restarted scanner takes to load its signatures. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    public ScannerUnavailableException(Throwable cause) {
        super(REASON, cause);
    }

    /** A reason safe to show to the client (no internals). */
    public String reason() {
        return REASON;
    }

    public Duration retryAfter() {
        return RETRY_AFTER;
    }
}
