package dev.dossier.domain.document;

import dev.dossier.domain.shared.DomainException;

/** A review step the document's current status does not allow (for example verifying a rejected document). */
public final class IllegalTransitionException extends DomainException {
    private final VerificationStatus from;
    private final VerificationStatus to;

    public IllegalTransitionException(VerificationStatus from, VerificationStatus to) {
        super("A " + from.wireName() + " document cannot become " + to.wireName() + ".");
        this.from = from;
        this.to = to;
    }

    public VerificationStatus from() {
        return from;
    }

    public VerificationStatus to() {
        return to;
    }
}
