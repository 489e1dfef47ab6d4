package dev.dossier.domain.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: the n-th delay (in seconds) follows the n-th failed
 * attempt; after the last one the delivery is {@code failed}. So a schedule of k delays allows
 * k + 1 attempts.
 */
public record RetrySchedule(List<Duration> delays) {
    public static final String DEFAULT = "5,300,1800,7200,18000,36000,36000";

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    /**
     * Parses comma-separated whole seconds ({@code "5,300,1800"}); an empty value means no retry.
     *
     * @throws IllegalArgumentException naming what is wrong, for a start-up message
     */
    public static RetrySchedule parse(String value) {
        if (value == null || value.isBlank()) {
            return new RetrySchedule(List.of());
        }
        List<Duration> delays = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String seconds = part.strip();
            long parsed;
            try {
                parsed = Long.parseLong(seconds);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "DOSSIER_WEBHOOK_RETRY_SCHEDULE must be whole seconds separated by commas"
                                + " (like 5,300,1800), not \"" + value + "\"");
            }
            if (parsed < 1 || parsed > 604_800) {
                throw new IllegalArgumentException(
                        "DOSSIER_WEBHOOK_RETRY_SCHEDULE: each delay must be 1 to 604800 seconds, not " + seconds);
            }
            delays.add(Duration.ofSeconds(parsed));
        }
        return new RetrySchedule(delays);
    }

    /** The delay before the next attempt after {@code attemptsMade} failed ones, or empty: give up. */
    public Optional<Duration> delayAfter(int attemptsMade) {
        if (attemptsMade < 1 || attemptsMade > delays.size()) {
            return Optional.empty();
        }
        return Optional.of(delays.get(attemptsMade - 1));
    }

    public int maxAttempts() {
        return delays.size() + 1;
    }
}
