package dev.dossier.bootstrap;

import dev.dossier.adapters.persistence.DatabaseMigrator;
import dev.dossier.adapters.rest.common.AdminToken;
import dev.dossier.application.port.out.DocumentContentStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Start-up: migrate the schema (Flyway) and open the content store (creating the bucket if
 * missing), then settle the admin token, so that the first request finds everything ready and a
 * bad setting fails the deployment instead of the first upload. Opening the store does not depend
 * on the schema, so it runs alongside the migration on the managed executor: on S3 it is the
 * client's first classes and its round trips, which would otherwise add to the time to ready.
 */
@ApplicationScoped
public class Startup {
    private final AtomicBoolean ready = new AtomicBoolean();

    @Resource(lookup = "jdbc/dossier")
    DataSource dataSource;

    @Inject
    DocumentContentStore store;

    @Inject
    AdminToken adminToken;

    @Resource
    ManagedExecutorService executor;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Future<?> storeOpened = executor.submit(store::checkReachable);
        DatabaseMigrator.migrate(dataSource);
        await(storeOpened);
        adminToken.toString();
        ready.set(true);
    }

    /** Waits for {@code task}, rethrowing its failure as it was thrown, so the deployment fails with it. */
    private static void await(Future<?> task) {
        try {
            task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the content store", e);
        }
    }

    boolean isStarted() {
        return ready.get();
    }
}
