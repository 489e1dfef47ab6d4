package dev.dossier.adapters.rest.auth;

import dev.dossier.adapters.rest.observability.RequestAttributes;
import dev.dossier.application.error.AuthenticationException;
import dev.dossier.application.port.in.auth.AuthenticateApiKeyUseCase;
import dev.dossier.application.port.in.auth.Caller;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.security.Principal;

/**
 * Bearer authentication for every matched resource, deny by default: a resource needs an API
 * key unless it is marked {@link PublicEndpoint}, and the admin token if marked {@link AdminEndpoint}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationFilter implements ContainerRequestFilter {
    private static final String BEARER = "bearer ";

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest httpRequest;

    @Inject
    AuthenticateApiKeyUseCase authenticate;

    @Inject
    AdminToken adminToken;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isMarked(PublicEndpoint.class)) {
            return;
        }
        String presented = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (isMarked(AdminEndpoint.class)) {
            if (presented == null) {
                throw new AuthenticationException(AuthenticationException.Reason.MISSING);
            }
            if (!adminToken.matches(presented)) {
                throw new AuthenticationException(AuthenticationException.Reason.INVALID);
            }
            return;
        }
        // the address goes into the audit trail of confidential documents
        Caller caller = authenticate.authenticate(presented).from(httpRequest.getRemoteAddr());
        httpRequest.setAttribute(RequestAttributes.TENANT, caller.tenantId().toString());
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return new CallerPrincipal(caller);
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }

    private boolean isMarked(Class<? extends java.lang.annotation.Annotation> marker) {
        AnnotatedElement method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        return (method != null && method.isAnnotationPresent(marker))
                || (type != null && type.isAnnotationPresent(marker));
    }

    /** The token of an {@code Authorization: Bearer <token>} header (also {@code Token <token>}), or null. */
    static String bearerToken(String header) {
        if (header == null) {
            return null;
        }
        String h = header.strip();
        int space = h.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = h.substring(0, space + 1).toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals(BEARER) && !scheme.equals("token ")) {
            return null;
        }
        String token = h.substring(space + 1).strip();
        return token.isEmpty() ? null : token;
    }
}
