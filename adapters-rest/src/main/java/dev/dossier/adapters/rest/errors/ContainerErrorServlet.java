package dev.dossier.adapters.rest.errors;

import dev.dossier.adapters.rest.observability.RequestAttributes;
import dev.dossier.adapters.rest.observability.RequestIds;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the web application (web.xml): errors the servlet container answers itself, outside
 * JAX-RS (a servlet's {@code sendError}, an exception escaping a filter), get the JSON {@code {"detail": ...}}
 * body of the API instead of the server's HTML page. Requested directly, it is an unknown path.
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {
    static final String PATH = "/_container-error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 ? c : 404;
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
            status = 404;
        }
        Object requestId = request.getAttribute(RequestAttributes.REQUEST_ID);
        if (requestId != null) {
            response.setHeader(RequestIds.HEADER, requestId.toString());
        }
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(status);
        response.setContentType("application/json");
        String body = status >= 500
                ? Json.createObjectBuilder()
                        .add("error", "Internal server error.")
                        .build()
                        .toString()
                : Json.createObjectBuilder()
                        .add("detail", detailOf(status))
                        .build()
                        .toString();
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 400 -> "Bad request.";
            case 401 -> ErrorBodies.NO_CREDENTIALS;
            case 403 -> ErrorBodies.FORBIDDEN;
            case 404 -> ErrorBodies.NOT_FOUND;
            case 405 -> "Method not allowed.";
            case 413 -> "Request entity too large.";
            case 415 -> "Unsupported media type.";
            default -> "Request refused.";
        };
    }
}
