package dev.dossier.domain.hold;

import dev.dossier.domain.shared.DomainException;

/** A deletion refused because its target, or the entity owning it, is under legal hold. */
public final class UnderLegalHoldException extends DomainException {
    private final HoldTarget.Kind refused;

    public UnderLegalHoldException(HoldTarget.Kind refused) {
        super(
                refused == HoldTarget.Kind.ENTITY
                        ? "This entity is under legal hold."
                        : "This document is under legal hold.");
        this.refused = refused;
    }

    /** What the refused deletion was of: the entity or a document. */
    public HoldTarget.Kind refused() {
        return refused;
    }
}
