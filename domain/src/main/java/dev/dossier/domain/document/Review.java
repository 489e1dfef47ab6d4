package dev.dossier.domain.document;

import java.time.Instant;
import java.util.Objects;

/** The stored outcome of a document's review: pending, or verified/rejected with when, by whom and why. */
public record Review(VerificationStatus status, Instant decidedAt, String decidedBy, String rejectionReason) {
    public Review {
        Objects.requireNonNull(status, "status");
        if (status == VerificationStatus.EXPIRED) {
            throw new IllegalArgumentException("expired is derived, never stored");
        }
        if (status == VerificationStatus.PENDING
                && (decidedAt != null || decidedBy != null || rejectionReason != null)) {
            throw new IllegalArgumentException("a pending review has no decision");
        }
        if (status != VerificationStatus.PENDING && (decidedAt == null || decidedBy == null)) {
            throw new IllegalArgumentException("a decision has a time and a reviewer");
        }
        if (status == VerificationStatus.REJECTED && rejectionReason == null) {
            throw new IllegalArgumentException("a rejection has a reason");
        }
    }

    public static Review pending() {
        return new Review(VerificationStatus.PENDING, null, null, null);
    }
}
