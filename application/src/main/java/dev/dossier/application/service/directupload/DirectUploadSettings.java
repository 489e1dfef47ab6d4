package dev.dossier.application.service.directupload;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * What the direct-upload services take from the settings.
 *
 * @param ttl how long a signed upload form is valid
 * @param instance this server instance's name in the sweep's leases
 * @param lease how long a claim on one upload lasts; longer than checking one 10 MB file takes
 * @param sweepBatch how many uploads one sweep round claims at most
 */
public record DirectUploadSettings(Duration ttl, String instance, Duration lease, int sweepBatch) {
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_GRACE = Duration.ofMinutes(1);
    private static final int SWEEP_BATCH = 50;

    public DirectUploadSettings {
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(lease, "lease");
        if (ttl.isNegative() || ttl.isZero() || lease.isNegative() || lease.isZero() || sweepBatch < 1) {
            throw new IllegalArgumentException("direct upload settings must be positive");
        }
    }

    /** The settings of one server instance: forms valid for {@code ttl}, a fresh instance name. */
    public static DirectUploadSettings forInstance(Duration ttl) {
        return new DirectUploadSettings(ttl, "dossier-" + UUID.randomUUID(), LEASE, SWEEP_BATCH);
    }

    /** How long after its expiry an upload may still be in flight: a minute, or the whole TTL if shorter. */
    public Duration grace() {
        return ttl.compareTo(MAX_GRACE) < 0 ? ttl : MAX_GRACE;
    }
}
