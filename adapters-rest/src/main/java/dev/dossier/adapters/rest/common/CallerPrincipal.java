package dev.dossier.adapters.rest.common;

import dev.dossier.application.port.in.auth.Caller;
import java.security.Principal;

/** The authenticated caller as a JAX-RS principal. */
public record CallerPrincipal(Caller caller) implements Principal {
    @Override
    public String getName() {
        return caller.email();
    }
}
