package dev.dossier.domain.workflow;

import dev.dossier.domain.document.VerificationStatus;

/** A fulfillment's decision, read from the review of the document that fulfils it. */
public enum DecisionStatus {
    PENDING,
    APPROVED,
    REJECTED;

    public static DecisionStatus of(VerificationStatus review) {
        return switch (review) {
            case PENDING -> PENDING;
            case VERIFIED, EXPIRED -> APPROVED;
            case REJECTED -> REJECTED;
        };
    }
}
