package dev.dossier.bootstrap;

import dev.dossier.adapters.persistence.DatabaseMigrator;
import dev.dossier.adapters.rest.common.AdminToken;
import dev.dossier.application.port.out.DocumentContentStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Start-up: migrate the schema (Flyway), then open the content store (creating the bucket if
 * missing) and settle the admin token, so that the first request finds everything ready and a
 * bad setting fails the deployment instead of the first upload.
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

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        DatabaseMigrator.migrate(dataSource);
        store.checkReachable();
        adminToken.toString();
        ready.set(true);
    }

    boolean isStarted() {
        return ready.get();
    }
}
