package dev.dossier.application.service.webhook;

import dev.dossier.domain.webhook.RetrySchedule;
import java.time.Duration;
import java.util.Objects;

/**
 * Webhook delivery settings: the retry schedule, whether private and loopback targets are allowed
 * (for tests and closed networks), this instance's name for leases, and the per-attempt timeout.
 */
public record WebhookSettings(
        RetrySchedule retrySchedule, boolean allowPrivateTargets, String instance, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    public WebhookSettings {
        Objects.requireNonNull(retrySchedule, "retrySchedule");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Longer than an attempt can take, so a live sender's lease never runs out under it. */
    public Duration lease() {
        return timeout.plusSeconds(45);
    }
}
