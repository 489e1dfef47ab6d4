package dev.dossier.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * CORS by the {@link CorsPolicy}, without credentials mode (the API takes bearer keys, not cookies). A preflight is
 * answered here, before routing and before authentication, and never reaches a resource: 204 with the methods and
 * headers the API takes when its origin is allowed, else 403 without CORS headers. Every other answer to an allowed
 * origin, errors included, names that origin and the headers a script may read. The signed upload URL of
 * file-system storage ({@code /direct-uploads}) answers any origin, as a bucket's CORS rule for presigned POSTs
 * would: its form is the credential, and its answers carry nothing to read.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    public static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    public static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    public static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    public static final String MAX_AGE = "Access-Control-Max-Age";
    public static final String REQUEST_METHOD = "Access-Control-Request-Method";
    public static final String ORIGIN = "Origin";

    /** Every method a resource takes. */
    public static final String METHODS = "GET, HEAD, POST, DELETE";

    /** Every request header the API reads that is not CORS-safelisted. */
    public static final String HEADERS = "Authorization, Content-Type, Idempotency-Key, X-Request-Id";

    /** The response headers a script may read beyond the safelisted ones, some of which only a few answers carry. */
    public static final String EXPOSED =
            "Content-Disposition, Idempotent-Replayed, Location, Retry-After, WWW-Authenticate, X-Request-Id";

    /** How long a browser may reuse a preflight's answer, in seconds (Chromium keeps at most 7200). */
    public static final String PREFLIGHT_MAX_AGE = "600";

    /** The path, relative to the application, of the file-system upload URL (directupload.UploadReceiverResource). */
    static final String ANY_ORIGIN_PATH = "direct-uploads";

    static final String REFUSED = "This origin is not allowed to call the API from a browser.";

    @Inject
    CorsPolicy policy;

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString(ORIGIN);
        if (!HttpMethod.OPTIONS.equals(request.getMethod())
                || origin == null
                || request.getHeaderString(REQUEST_METHOD) == null) {
            return;
        }
        if (!allows(request, origin)) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("detail", REFUSED))
                    .build());
            return;
        }
        request.abortWith(Response.noContent()
                .header(ALLOW_ORIGIN, origin)
                .header(ALLOW_METHODS, METHODS)
                .header(ALLOW_HEADERS, HEADERS)
                .header(MAX_AGE, PREFLIGHT_MAX_AGE)
                .header(HttpHeaders.VARY, ORIGIN)
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean anyOrigin = isAnyOriginPath(request);
        if (policy.isNone() && !anyOrigin) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        // the answer depends on the Origin header whether or not this one is allowed
        varyOnOrigin(headers);
        String origin = request.getHeaderString(ORIGIN);
        if (origin == null || !(anyOrigin || policy.allows(origin))) {
            return;
        }
        headers.putSingle(ALLOW_ORIGIN, origin);
        headers.putSingle(EXPOSE_HEADERS, EXPOSED);
    }

    private boolean allows(ContainerRequestContext request, String origin) {
        return isAnyOriginPath(request) || policy.allows(origin);
    }

    private static boolean isAnyOriginPath(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        return path.substring(from, to).equals(ANY_ORIGIN_PATH);
    }

    private static void varyOnOrigin(MultivaluedMap<String, Object> headers) {
        List<Object> vary = headers.get(HttpHeaders.VARY);
        if (vary == null || vary.isEmpty()) {
            headers.putSingle(HttpHeaders.VARY, ORIGIN);
            return;
        }
        boolean present = vary.stream()
                .flatMap(v -> List.of(String.valueOf(v).split(",")).stream())
                .anyMatch(v -> v.strip().equalsIgnoreCase(ORIGIN) || v.strip().equals("*"));
        if (!present) {
            headers.add(HttpHeaders.VARY, ORIGIN);
        }
    }
}
