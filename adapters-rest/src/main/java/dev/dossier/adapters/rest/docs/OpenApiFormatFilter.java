package dev.dossier.adapters.rest.docs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

/**
 * Serves {@code /openapi} as YAML to a client that asks for YAML by its media type. The server's own
 * endpoint writes YAML as {@code text/plain} and JSON as {@code application/json} and answers any other
 * {@code Accept} with 406; here {@code application/yaml} (also {@code application/x-yaml}, {@code text/yaml})
 * is asked of it as {@code text/plain} and the answer is labelled {@code application/yaml}.
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiFormatFilter extends HttpFilter {
    static final String YAML = "application/yaml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!wantsYaml(request.getHeader("Accept")) || request.getParameter("format") != null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new PlainTextAccept(request), new YamlContentType(response));
    }

    static boolean wantsYaml(String accept) {
        if (accept == null) {
            return false;
        }
        String a = accept.toLowerCase(Locale.ROOT);
        return !a.contains("application/json")
                && (a.contains("application/yaml") || a.contains("application/x-yaml") || a.contains("text/yaml"));
    }

    private static final class PlainTextAccept extends HttpServletRequestWrapper {
        PlainTextAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? "text/plain" : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of("text/plain"))
                    : super.getHeaders(name);
        }
    }

    private static final class YamlContentType extends HttpServletResponseWrapper {
        YamlContentType(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type != null && type.startsWith("text/plain") ? YAML + ";charset=UTF-8" : type);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                setContentType(value);
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                setContentType(value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
