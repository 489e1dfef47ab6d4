package dev.dossier.application.service.maintenance;

import java.time.Duration;
import java.util.Objects;

/**
 * What the orphan reconciler takes from the settings.
 *
 * @param grace how old an object without a row must be before it is removed; longer than the
 *     direct-upload TTL, since a quarantine object arrives at any time within it
 * @param directUploadTtl how long a direct-upload form is valid
 * @param instance this server instance's name on the reconciler's lease
 */
public record OrphanSettings(Duration grace, Duration directUploadTtl, String instance) {
    public OrphanSettings {
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(directUploadTtl, "directUploadTtl");
        Objects.requireNonNull(instance, "instance");
        if (grace.compareTo(directUploadTtl) <= 0) {
            throw new IllegalArgumentException("DOSSIER_ORPHAN_GRACE_SECONDS (" + grace.toSeconds()
                    + ") must be longer than DOSSIER_DIRECT_UPLOAD_TTL_SECONDS (" + directUploadTtl.toSeconds() + ")");
        }
    }
}
