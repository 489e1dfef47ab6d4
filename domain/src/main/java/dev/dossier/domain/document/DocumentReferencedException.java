package dev.dossier.domain.document;

import dev.dossier.domain.shared.DomainException;

/** A document that questionnaire responses still reference cannot be deleted. */
public final class DocumentReferencedException extends DomainException {
    public DocumentReferencedException() {
        super("This document is referenced in one or more responses.");
    }
}
