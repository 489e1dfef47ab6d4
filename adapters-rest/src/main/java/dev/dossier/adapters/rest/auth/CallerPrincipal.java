package dev.dossier.adapters.rest.auth;

import dev.dossier.application.port.in.auth.Caller;
import java.security.Principal;

/** The authenticated caller as a JAX-RS principal. */
record CallerPrincipal(Caller caller) implements Principal {
    @Override
    public String getName() {
        return caller.email();
    }
}
