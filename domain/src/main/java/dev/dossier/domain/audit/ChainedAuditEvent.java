package dev.dossier.domain.audit;

import java.util.Objects;

/** An audit event as stored: its place in its tenant's chain (from 1) and its chained hash. */
public record ChainedAuditEvent(AuditEvent event, long sequence, String hash) {
    public ChainedAuditEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(hash, "hash");
    }

    /** {@code event} chained as the {@code sequence}-th event after {@code previousHash}. */
    public static ChainedAuditEvent chain(AuditEvent event, long sequence, String previousHash) {
        return new ChainedAuditEvent(event, sequence, AuditChain.hash(previousHash, sequence, event));
    }

    /** Whether this is what chaining its event after {@code previousHash} as {@code expectedSequence} gives. */
    public boolean follows(String previousHash, long expectedSequence) {
        return sequence == expectedSequence && hash.equals(AuditChain.hash(previousHash, sequence, event));
    }
}
