package dev.dossier.bootstrap;

import dev.dossier.adapters.persistence.DatabaseMigrator;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Starts the schema migration (Flyway) as soon as CDI starts on the application, on a thread of its
 * own, so that it runs on the other core while Payara goes on deploying: Weld's bootstrap, the web
 * module and Jersey take longer than the migration, which then no longer adds its 0.6 s of the
 * deploying thread to the time to ready (issue 6). {@link Startup} waits for it and fails the
 * deployment with its failure, as when it ran there. An extension is the application's earliest
 * hook; it runs before any managed thread or component context exists, hence the plain thread and
 * the global JNDI name.
 */
public class SchemaMigrationExtension implements Extension {
    static final String DATA_SOURCE = "jdbc/dossier";

    private final CompletableFuture<Integer> migration = new CompletableFuture<>();

    void startMigration(@Observes BeforeBeanDiscovery event) throws NamingException {
        DataSource dataSource = InitialContext.doLookup(DATA_SOURCE);
        Thread thread = new Thread(() -> {
            try {
                migration.complete(DatabaseMigrator.migrate(dataSource));
            } catch (Throwable failure) {
                migration.completeExceptionally(failure);
            }
        }, "dossier-schema-migration");
        thread.setDaemon(true);   // a JVM that is shutting down does not wait for it
        thread.start();
    }

    /** The migration started with CDI: how many migrations ran, or the failure of the one that failed. */
    Future<Integer> migration() {
        return migration;
    }
}
