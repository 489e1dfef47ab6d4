package dev.dossier.bootstrap;

import dev.dossier.adapters.persistence.DatabaseMigrator;
import dev.dossier.application.port.out.DocumentContentStore;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessProducerMethod;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The start-up work that does not need the deployed application, started as early as CDI allows
 * and on threads of its own, so that it runs on the other core while Payara goes on deploying:
 * the schema migration (Flyway) as soon as CDI starts on the application, the content store's
 * opening (its client's first classes, on S3 its round trips and the bucket) once the beans are
 * valid; on the deploying thread both delayed the start. {@link Startup} waits for both and fails
 * the deployment with their failure, as when it ran them. An extension runs before any managed
 * thread or component context exists, hence the plain threads and the global JNDI name.
 */
public class StartupTasks implements Extension {
    private static final String DATA_SOURCE = "jdbc/dossier";

    private Bean<DocumentContentStore> storeBean;
    private Future<Integer> migration;
    private Future<Void> storeOpened;

    void startMigration(@Observes BeforeBeanDiscovery event) throws NamingException {
        DataSource dataSource = InitialContext.doLookup(DATA_SOURCE);
        migration = onOwnThread("dossier-schema-migration", () -> DatabaseMigrator.migrate(dataSource));
    }

    // (an observer of ProcessProducerMethod<PortProducers, DocumentContentStore> is not notified here)
    @SuppressWarnings("unchecked")
    void noteStore(@Observes ProcessProducerMethod<?, ?> event) {
        if (event.getBean().getTypes().contains(DocumentContentStore.class)) {
            storeBean = (Bean<DocumentContentStore>) event.getBean();
        }
    }

    // The store's bean as noted while the beans were processed: in Payara, the bean manager that this
    // extension is given sees none of the application's beans, and CDI.current() refuses to choose one.
    void startOpeningStore(@Observes AfterDeploymentValidation event, BeanManager beans) {
        if (storeBean == null) {
            throw new IllegalStateException(
                    "no producer of " + DocumentContentStore.class.getName() + " was processed");
        }
        DocumentContentStore store = (DocumentContentStore)
                beans.getReference(storeBean, DocumentContentStore.class, beans.createCreationalContext(storeBean));
        storeOpened = onOwnThread("dossier-store-opening", () -> {
            store.checkReachable();
            return null;
        });
    }

    /** The migration: how many migrations ran, or the failure of the one that failed. */
    Future<Integer> migration() {
        return migration;
    }

    /** The content store's opening: done, or why it cannot be reached. */
    Future<Void> storeOpened() {
        return storeOpened;
    }

    private static <T> Future<T> onOwnThread(String name, Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        result.complete(task.call());
                    } catch (Throwable failure) {
                        result.completeExceptionally(failure);
                    }
                },
                name);
        thread.setDaemon(true); // a JVM that is shutting down does not wait for it
        thread.start();
        return result;
    }
}
