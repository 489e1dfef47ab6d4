package dev.dossier.bootstrap;

import dev.dossier.adapters.rest.auth.AuthenticationFilter;
import dev.dossier.adapters.rest.console.ConsoleResource;
import dev.dossier.adapters.rest.docs.OpenApiFormatFilter;
import dev.dossier.adapters.rest.errors.ContainerErrorServlet;
import dev.dossier.adapters.rest.library.v1.V1FileDownloadResource;
import dev.dossier.adapters.rest.observability.EdgeFilter;
import dev.dossier.adapters.rest.observability.RouteRecorder;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether requests can work on this server: the REST adapter's classes that need the Servlet API
 * link, as the JAX-RS runtime will link them when it injects their fields. On a server without the
 * Servlet feature (Open Liberty with only Jakarta REST) they cannot, and every API call answered 500
 * while the database and storage checks said ready. Checked once: a server's features do not
 * change while it runs.
 */
final class RequestPathCheck {
    private volatile Optional<String> problem;

    /** Every class of the REST adapter that uses {@code jakarta.servlet} (RequestPathCheckTest keeps it so). */
    static List<Class<?>> servletClasses() {
        return List.of(
                AuthenticationFilter.class,
                OpenApiFormatFilter.class,
                V1FileDownloadResource.class,
                EdgeFilter.class,
                RouteRecorder.class,
                ContainerErrorServlet.class,
                ConsoleResource.class);
    }

    /** What stops a request, or empty when nothing does. */
    Optional<String> problem() {
        Optional<String> known = problem;
        if (known == null) {
            known = firstUnlinkable(RequestPathCheck::servletClasses);
            problem = known;
        }
        return known;
    }

    /**
     * The first class of {@code classes} whose members' types cannot be loaded, with what is missing;
     * empty when all link. Listing the classes loads them, so a missing superclass shows here too.
     */
    static Optional<String> firstUnlinkable(Supplier<List<Class<?>>> classes) {
        String current = "the request path's classes";
        try {
            for (Class<?> type : classes.get()) {
                current = type.getName();
                type.getDeclaredFields();
                type.getDeclaredMethods();
                type.getDeclaredConstructors();
            }
            return Optional.empty();
        } catch (LinkageError | TypeNotPresentException e) {
            return Optional.of(current + ": " + e);
        }
    }
}
