package dev.dossier.bootstrap;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Every request passes here first: while the server is stopping it is refused (and its connection
 * closed), while the database does not answer an API call is refused at once instead of waiting for
 * it; otherwise it is counted in flight, so that a stopping server waits for it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGate extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String UNAVAILABLE = "{\"detail\": \"Service temporarily unavailable.\"}";
    static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    transient GracefulShutdown shutdown;

    @Inject
    transient DatabaseWatch database;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!shutdown.enter()) {
            response.setHeader("Connection", "close");
            unavailable(response);
            return;
        }
        try {
            if (database.isDown() && request.getRequestURI().startsWith("/api/")) {
                unavailable(response);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            shutdown.leave();
        }
    }

    private static void unavailable(HttpServletResponse response) throws IOException {
        byte[] body = UNAVAILABLE.getBytes(StandardCharsets.UTF_8);
        response.setStatus(503);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
