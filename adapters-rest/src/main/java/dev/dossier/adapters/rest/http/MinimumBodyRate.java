package dev.dossier.adapters.rest.http;

import java.time.Duration;

/**
 * The slowest a request body may arrive (DOSSIER_MIN_UPLOAD_RATE_BYTES_PER_SECOND, after
 * DOSSIER_MIN_UPLOAD_RATE_GRACE_SECONDS): once the grace is over, a body whose average rate since
 * the request started is below it is cut with 408, so that slow clients cannot hold the server's
 * request threads for as long as they like. A rate of 0 switches the check off.
 *
 * @param bytesPerSecond the average rate a body must keep up after the grace
 * @param grace how long any body may take before the rate counts
 */
public record MinimumBodyRate(long bytesPerSecond, Duration grace) {
    public static final MinimumBodyRate OFF = new MinimumBodyRate(0, Duration.ZERO);

    public MinimumBodyRate {
        if (bytesPerSecond < 0 || grace.isNegative()) {
            throw new IllegalArgumentException("the minimum upload rate and its grace must not be negative");
        }
    }

    /** Whether {@code bytes} read in {@code elapsed} are too few. */
    boolean tooSlow(long bytes, Duration elapsed) {
        if (bytesPerSecond == 0 || elapsed.compareTo(grace) <= 0) {
            return false;
        }
        return bytes < bytesPerSecond * elapsed.toMillis() / 1000;
    }
}
