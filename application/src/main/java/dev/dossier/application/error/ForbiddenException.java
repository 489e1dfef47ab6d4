package dev.dossier.application.error;

import dev.dossier.domain.tenant.Scope;

/** The caller is authenticated but its key lacks the scope the operation needs. */
public final class ForbiddenException extends ApplicationException {
    private final Scope missingScope;

    public ForbiddenException(Scope missingScope) {
        super("missing scope " + missingScope.wireName());
        this.missingScope = missingScope;
    }

    public Scope missingScope() {
        return missingScope;
    }
}
