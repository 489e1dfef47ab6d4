package dev.dossier.application.port.in.workflow;

import dev.dossier.domain.workflow.RequiredDocument;
import java.time.Instant;

/**
 * A required document with its derived status: {@code INACTIVE} until a document fulfils it,
 * then {@code FULFILLED}; {@code updatedAt} is the time of its latest fulfillment.
 */
public record RequiredDocumentView(RequiredDocument requiredDocument, String status, Instant updatedAt) {
    public static final String INACTIVE = "INACTIVE";
    public static final String FULFILLED = "FULFILLED";
}
