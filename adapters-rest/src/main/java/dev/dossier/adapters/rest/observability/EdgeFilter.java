package dev.dossier.adapters.rest.observability;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The first thing every request meets, including those the server's own endpoints answer
 * ({@code /health}, {@code /metrics}, {@code /openapi}): gives it a request id ({@code X-Request-Id},
 * the client's own when safe), marks the answer {@code Cache-Control: no-store}, keeps
 * {@code /metrics} to holders of the metrics token, and afterwards writes the access log line and
 * times the request by route and status. Declared first in web.xml, so that it wraps every other filter.
 */
public class EdgeFilter extends HttpFilter {
    static final String ACCESS_LOGGER = "dev.dossier.access";
    private static final Logger ACCESS = Logger.getLogger(ACCESS_LOGGER);
    private static final Metadata REQUESTS = Metadata.builder()
            .withName("dossier_http_requests")
            .withDescription("Time to answer a request, by method, route template and status")
            .build();
    /** Paths the server answers itself, by the name they are logged and timed under. */
    private static final List<String> SERVER_ROUTES = List.of("/health", "/metrics", "/openapi");

    @Inject
    MetricsToken metricsToken;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        String requestId = RequestIds.of(request.getHeader(RequestIds.HEADER));
        request.setAttribute(RequestAttributes.REQUEST_ID, requestId);
        response.setHeader(RequestIds.HEADER, requestId);
        response.setHeader("Cache-Control", "no-store");
        String path = pathOf(request);
        try {
            if (isMetrics(path) && !metricsToken.admits(request.getHeader("Authorization"))) {
                refuse(response);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            record(request, response, path, requestId, System.nanoTime() - start);
        }
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static boolean isMetrics(String path) {
        return path.equals("/metrics") || path.startsWith("/metrics/");
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType("application/json");
        response.getOutputStream()
                .write("{\"detail\":\"Authentication credentials were not provided.\"}"
                        .getBytes(StandardCharsets.UTF_8));
    }

    private void record(
            HttpServletRequest request, HttpServletResponse response, String path, String requestId, long nanos) {
        String route = routeOf(request, path);
        int status = response.getStatus();
        String method = request.getMethod();
        Object tenant = request.getAttribute(RequestAttributes.TENANT);
        try {
            metrics.timer(
                            REQUESTS,
                            new Tag("method", method),
                            new Tag("route", route),
                            new Tag("status", Integer.toString(status)))
                    .update(Duration.ofNanos(nanos));
        } catch (RuntimeException e) {
            ACCESS.log(Level.FINE, "request not timed", e);
        }
        // probes and scrapes come every few seconds: their lines only at FINE
        Level level = SERVER_ROUTES.contains(route) && status < 400 ? Level.FINE : Level.INFO;
        if (ACCESS.isLoggable(level)) {
            ACCESS.log(
                    level,
                    "method=" + method + " route=" + route + " status=" + status + " duration_ms=" + nanos / 1_000_000
                            + " request_id=" + requestId + " tenant_id=" + (tenant == null ? "-" : tenant));
        }
    }

    /** The matched template, the server's own endpoint, or "unmatched": never the path itself, which carries ids. */
    private static String routeOf(HttpServletRequest request, String path) {
        Object route = request.getAttribute(RequestAttributes.ROUTE);
        if (route != null) {
            return route.toString();
        }
        for (String server : SERVER_ROUTES) {
            if (path.equals(server) || path.startsWith(server + "/")) {
                return server;
            }
        }
        return "unmatched";
    }
}
