package dev.dossier.adapters.rest.observability;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records the matched resource's path template for the edge filter (access log, latency by route):
 * the template, never the path itself, which carries ids. Runs for every answer, including error
 * answers and requests refused before the resource ran.
 */
@Provider
public class RouteRecorder implements ContainerResponseFilter {
    /** Templates by matched resource: the application's set of them is fixed, and joining them takes regexes. */
    private static final Map<Matched, String> TEMPLATES = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest httpRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (httpRequest == null || resourceInfo == null) {
            return;
        }
        Class<?> type = resourceInfo.getResourceClass();
        Method method = resourceInfo.getResourceMethod();
        if (type != null && method != null) {
            String route = TEMPLATES.computeIfAbsent(new Matched(type, method), m -> templateOf(m.type(), m.method()));
            httpRequest.setAttribute(RequestAttributes.ROUTE, route);
        }
    }

    private record Matched(Class<?> type, Method method) {}

    /** The template of {@code method} on {@code type}, joined from their {@code @Path}s; null when none matched. */
    static String templateOf(Class<?> type, Method method) {
        if (type == null || method == null) {
            return null;
        }
        Path onType = type.getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        String joined = "/" + (onType == null ? "" : strip(onType.value())) + "/"
                + (onMethod == null ? "" : strip(onMethod.value()));
        String route = joined.replaceAll("/+", "/");
        return route.length() > 1 && route.endsWith("/") ? route.substring(0, route.length() - 1) : route;
    }

    private static String strip(String path) {
        // a template's regular expression ({id: [0-9]+}) is not part of its name
        return path.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
    }
}
