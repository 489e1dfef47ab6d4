package dev.dossier.adapters.rest.auth;

import dev.dossier.application.error.AuthenticationException;
import dev.dossier.application.port.in.auth.Caller;
import jakarta.ws.rs.core.SecurityContext;

/** Reads the caller the authentication filter put on the request. */
public final class Callers {
    private Callers() {}

    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof CallerPrincipal principal) {
            return principal.caller();
        }
        throw new AuthenticationException(AuthenticationException.Reason.MISSING);
    }
}
