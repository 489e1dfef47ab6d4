package dev.dossier.application.port.out;

import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.domain.crypto.WrappedKey;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.webhook.WebhookDelivery;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the outbox's work for the delivery worker. Claims lock rows with {@code FOR UPDATE SKIP
 * LOCKED} and lease them in the same transaction, so any number of instances share the work and
 * exactly one sends a given attempt.
 */
public interface WebhookDeliveries {

    /**
     * Makes one pending delivery for every enabled endpoint subscribed to each of up to {@code limit}
     * events not yet fanned out, and marks those events fanned out. Returns how many events it took.
     */
    int fanOut(int limit, Instant now);

    /**
     * Leases up to {@code limit} pending deliveries due at {@code now} to {@code owner} until {@code
     * leaseUntil}, oldest due first, so that no endpoint has more than {@code perEndpoint} attempts in
     * flight (leased and not yet recorded), counting those already leased.
     */
    List<DueDelivery> claimDue(Instant now, Instant leaseUntil, String owner, int limit, int perEndpoint);

    /** Records an attempt's outcome, if {@code owner} still holds the lease; frees the lease. */
    void recordAttempt(Attempt attempt, String owner);

    Optional<WebhookDelivery> find(TenantId tenantId, UUID endpointId, UUID deliveryId);

    /** An endpoint's deliveries, newest first. */
    KeysetSlice<WebhookDelivery> page(TenantId tenantId, UUID endpointId, KeysetRequest request);

    /** Makes a delivery pending and due at {@code now} (a manual retry); its attempts so far stay counted. */
    void retryNow(TenantId tenantId, UUID deliveryId, Instant now);

    /** Counts for the metrics: succeeded, failed, pending, and the oldest pending delivery's creation. */
    Stats stats();

    /** A claimed delivery with what sending it needs. */
    record DueDelivery(WebhookDelivery delivery, URI url, WrappedKey wrappedSecret, String body) {}

    /** The outcome of one attempt: the delivery's new state. */
    record Attempt(
            UUID deliveryId,
            int attempt,
            WebhookDelivery.Status status,
            Integer responseStatus,
            Instant nextAttemptAt) {}

    record Stats(long succeeded, long failed, long pending, Optional<Instant> oldestPending) {}
}
