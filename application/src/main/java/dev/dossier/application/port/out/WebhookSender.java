package dev.dossier.application.port.out;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

/** Port: sends one webhook request (POST, JSON body, no redirects followed). */
public interface WebhookSender {
    /**
     * The receiver's status code, or empty when no answer came within {@code timeout} or the connection
     * failed. Never throws for the receiver's faults.
     */
    OptionalInt post(URI url, Map<String, String> headers, String body, Duration timeout);
}
