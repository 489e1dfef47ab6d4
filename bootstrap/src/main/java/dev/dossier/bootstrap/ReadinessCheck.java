package dev.dossier.bootstrap;

import dev.dossier.application.port.out.DocumentContentStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when start-up finished, both the database and the content store answer now, every
 * background job is scheduled ({@link BackgroundJobs}) and the request path can work on this
 * server ({@link RequestPathCheck}).
 */
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

    @Inject
    BackgroundJobs jobs;

    private final RequestPathCheck requestPath = new RequestPathCheck();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("dossier");
        boolean started = startup.isStarted();
        boolean database = databaseAnswers();
        boolean storage = storageAnswers();
        Set<BackgroundJobs.Job> notScheduled = jobs.notScheduled();
        Optional<String> requestProblem = requestPath.problem();
        r.status(started && database && storage && notScheduled.isEmpty() && requestProblem.isEmpty())
                .withData("started", started)
                .withData("database", database)
                .withData("storage", storage)
                .withData("background_jobs", notScheduled.isEmpty());
        if (!notScheduled.isEmpty()) {
            r.withData("jobs_not_scheduled", notScheduled.toString());
        }
        requestProblem.ifPresent(problem -> r.withData("request_path", problem));
        return r.withData("request_path_works", requestProblem.isEmpty())
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
