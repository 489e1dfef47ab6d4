package dev.dossier.domain.idempotency;

import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One idempotency key of one tenant: the request it was first used for and, once that request has
 * finished, the answer it got. While {@code response} is null the request is still running under the
 * claim {@code claimId}; only that claim may complete or release the record. A record is kept for
 * {@link #RETENTION}; a claim whose server never finished (it crashed) may be taken over after
 * {@link #ABANDONED_AFTER}.
 */
public record IdempotencyRecord(
        TenantId tenantId,
        IdempotencyKey key,
        RequestFingerprint fingerprint,
        UUID claimId,
        Instant createdAt,
        Instant completedAt,
        RecordedResponse response) {
    public static final Duration RETENTION = Duration.ofHours(24);
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    /** What a request carrying an already used key gets. */
    public enum Verdict {
        /** The same request, finished: its answer is replayed. */
        REPLAY,
        /** The same request, still running. */
        IN_FLIGHT,
        /** Another request under the same key. */
        DIFFERENT_REQUEST,
        /** The record is expired, or its request was abandoned: the key may be claimed afresh. */
        REUSABLE
    }

    public IdempotencyRecord {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((completedAt == null) != (response == null)) {
            throw new IllegalArgumentException("a record is completed with its response, or neither");
        }
        if (response != null && !response.isFinal()) {
            throw new IllegalArgumentException("a server error is never recorded: a retry must be able to succeed");
        }
    }

    /** A new claim of {@code key} for the request {@code fingerprint}, starting now. */
    public static IdempotencyRecord claim(
            TenantId tenantId, IdempotencyKey key, RequestFingerprint fingerprint, Instant now) {
        return new IdempotencyRecord(tenantId, key, fingerprint, UUID.randomUUID(), now, null, null);
    }

    public boolean isCompleted() {
        return response != null;
    }

    /** The record with the answer of its request; only an in-flight record with a final (non-5xx) answer completes. */
    public IdempotencyRecord complete(RecordedResponse answer, Instant now) {
        Objects.requireNonNull(answer, "answer");
        if (isCompleted()) {
            throw new IllegalStateException("the record is completed already");
        }
        return new IdempotencyRecord(tenantId, key, fingerprint, claimId, createdAt, now, answer);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(createdAt.plus(RETENTION));
    }

    /** Whether its request has run so long that its server is presumed dead. */
    public boolean isAbandonedAt(Instant now) {
        return !isCompleted() && !now.isBefore(createdAt.plus(ABANDONED_AFTER));
    }

    /** How a request with fingerprint {@code other}, arriving at {@code now} with this record's key, is answered. */
    public Verdict judge(RequestFingerprint other, Instant now) {
        if (isExpiredAt(now) || isAbandonedAt(now)) {
            return Verdict.REUSABLE;
        }
        if (!fingerprint.equals(other)) {
            return Verdict.DIFFERENT_REQUEST;
        }
        return isCompleted() ? Verdict.REPLAY : Verdict.IN_FLIGHT;
    }
}
