package dev.dossier.bootstrap;

import dev.dossier.adapters.rest.http.MinimumBodyRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings of the server's edge: how slowly a request body may arrive (docs/operations.md). */
@ApplicationScoped
public class EdgeSettings {
    @Inject
    @ConfigProperty(name = "dossier.min-upload-rate-bytes-per-second", defaultValue = "1024")
    long minUploadRate;

    @Inject
    @ConfigProperty(name = "dossier.min-upload-rate-grace-seconds", defaultValue = "10")
    long minUploadRateGraceSeconds;

    /** A negative rate or grace fails the deployment (the record refuses it). */
    @Produces
    @Singleton
    MinimumBodyRate minimumBodyRate() {
        return new MinimumBodyRate(minUploadRate, Duration.ofSeconds(minUploadRateGraceSeconds));
    }
}
