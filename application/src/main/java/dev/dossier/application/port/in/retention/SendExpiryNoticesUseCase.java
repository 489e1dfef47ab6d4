package dev.dossier.application.port.in.retention;

/** Use case (background): publish {@code document.expiring} and {@code document.expired}, once per document. */
public interface SendExpiryNoticesUseCase {
    /** Sends one batch of each notice; the number of events published (0 when none are due). */
    int sendBatch();
}
