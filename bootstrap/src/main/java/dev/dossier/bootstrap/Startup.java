package dev.dossier.bootstrap;

import dev.dossier.adapters.rest.auth.AdminToken;
import dev.dossier.adapters.rest.http.CorsPolicy;
import dev.dossier.application.port.in.crypto.CheckMasterKeysUseCase;
import dev.dossier.application.port.out.KeyWrapping;
import dev.dossier.bootstrap.wiring.ServiceDiscovery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Start-up: the schema migrated (Flyway) and the content store opened (creating the bucket if
 * missing), then the work files an earlier, killed process left removed ({@link LeftoverSpoolFiles}),
 * the admin token settled, the CORS setting read, the master keys checked against the data keys
 * already stored (a wrong or malformed master key stops the start), and every use case built, so
 * that the first request finds everything ready and a bad setting or a broken wiring fails
 * the deployment instead of the first request. The migration and the store's opening started
 * earlier, alongside the deployment
 * ({@link StartupTasks}); this waits for them.
 */
@ApplicationScoped
public class Startup {
    private final AtomicBoolean ready = new AtomicBoolean();

    @Inject
    StartupTasks tasks;

    @Inject
    AdminToken adminToken;

    @Inject
    DossierSettings settings;

    @Inject
    CorsPolicy corsPolicy;

    @Inject
    ServiceDiscovery discovery;

    @Inject
    KeyWrapping keyWrapping;

    @Inject
    CheckMasterKeysUseCase masterKeys;

    @Inject
    @Any
    Instance<Object> beans;

    private volatile int useCases;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        await(tasks.migration());
        await(tasks.storeOpened());
        LeftoverSpoolFiles.removeAtStart(settings.dataDir().resolve("tmp"));
        adminToken.toString();
        keyWrapping.currentMasterKeyId();
        masterKeys.check();
        corsPolicy.toString();
        useCases = buildEveryUseCase();
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
            throw new IllegalStateException("interrupted during start-up", e);
        }
    }

    /** Resolves and builds the service of every use case; an unresolvable one fails the deployment. */
    private int buildEveryUseCase() {
        int built = 0;
        for (Class<?> useCase : discovery.useCases()) {
            beans.select(useCase).get().getClass();
            built++;
        }
        return built;
    }

    /** How many use cases were resolved and built at start-up. */
    int useCases() {
        return useCases;
    }

    boolean isStarted() {
        return ready.get();
    }
}
