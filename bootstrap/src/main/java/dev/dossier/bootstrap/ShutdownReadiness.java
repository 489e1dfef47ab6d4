package dev.dossier.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready from the moment the server starts stopping, so that load balancers send it nothing more. */
@Readiness
@ApplicationScoped
public class ShutdownReadiness implements HealthCheck {
    @Inject
    GracefulShutdown shutdown;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shutdown")
                .status(!shutdown.isStopping())
                .build();
    }
}
