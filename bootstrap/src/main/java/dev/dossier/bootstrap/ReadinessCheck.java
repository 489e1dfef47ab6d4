package dev.dossier.bootstrap;

import dev.dossier.application.port.out.DocumentContentStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up finished and both the database and the content store answer now. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Resource(lookup = "jdbc/dossier")
    DataSource dataSource;

    @Inject
    DocumentContentStore store;

    @Inject
    Startup startup;

    @Inject
    MaintenanceScheduler maintenance;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("dossier");
        boolean started = startup.isStarted();
        boolean database = databaseAnswers();
        boolean storage = storageAnswers();
        return r.status(started && database && storage)
                .withData("started", started)
                .withData("database", database)
                .withData("storage", storage)
                .withData("use_cases", startup.useCases())
                .withData("objects_in_clear", maintenance.objectsInClear())
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    private boolean storageAnswers() {
        try {
            store.checkReachable();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
