package dev.dossier.domain.document;

import dev.dossier.domain.shared.DomainException;

/** A review step the document's current status does not allow (for example verifying a rejected document). */
public final class IllegalTransitionException extends DomainException {
    private final VerificationStatus from;
    private final VerificationStatus to;

    public IllegalTransitionException(VerificationStatus from, VerificationStatus to) {
        this(from, to, "A " + from.wireName() + " document cannot become " + to.wireName() + ".");
    }

    private IllegalTransitionException(VerificationStatus from, VerificationStatus to, String message) {
        super(message);
        this.from = from;
        this.to = to;
    }

    /** A decision taken on a pending document that another review changed first (the stored status moved on). */
    public static IllegalTransitionException lostToConcurrentReview(VerificationStatus to) {
        return new IllegalTransitionException(
                VerificationStatus.PENDING,
                to,
                "The document was reviewed by another request at the same time; it cannot become " + to.wireName()
                        + ".");
    }

    public VerificationStatus from() {
        return from;
    }

    public VerificationStatus to() {
        return to;
    }
}
