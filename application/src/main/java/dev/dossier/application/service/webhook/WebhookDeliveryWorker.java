package dev.dossier.application.service.webhook;

import dev.dossier.application.port.out.KeyUnavailableException;
import dev.dossier.application.port.out.KeyWrapping;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.port.out.WebhookDeliveries;
import dev.dossier.application.port.out.WebhookDeliveries.Attempt;
import dev.dossier.application.port.out.WebhookDeliveries.DueDelivery;
import dev.dossier.application.port.out.WebhookEndpointRepository;
import dev.dossier.application.port.out.WebhookSender;
import dev.dossier.domain.webhook.WebhookDelivery;
import dev.dossier.domain.webhook.WebhookEndpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The delivery worker's steps, run on every instance: fan new events out to the subscribed
 * endpoints, claim due deliveries (leased, so exactly one instance sends an attempt), and send one
 * claimed attempt. No transaction is open while a receiver is being called.
 */
public final class WebhookDeliveryWorker {
    private static final System.Logger LOG = System.getLogger(WebhookDeliveryWorker.class.getName());
    static final int FAN_OUT_BATCH = 200;
    /**
     * Attempts one endpoint may have in flight at once: enough to keep up with a burst, few enough
     * that a slow receiver holds a bounded share of the senders.
     */
    public static final int IN_FLIGHT_PER_ENDPOINT = 8;

    static final int GONE = 410;

    private final WebhookDeliveries deliveries;
    private final WebhookEndpointRepository endpoints;
    private final WebhookSender sender;
    private final WebhookTargets targets;
    private final KeyWrapping keys;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final WebhookSettings settings;

    public WebhookDeliveryWorker(
            WebhookDeliveries deliveries,
            WebhookEndpointRepository endpoints,
            WebhookSender sender,
            WebhookTargets targets,
            KeyWrapping keys,
            TimeSource time,
            UnitOfWork tx,
            WebhookSettings settings) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.sender = sender;
        this.targets = targets;
        this.keys = keys;
        this.time = time;
        this.tx = tx;
        this.settings = settings;
    }

    /** Fans out every waiting event, a batch per transaction; returns how many. */
    public int fanOut() {
        int total = 0;
        int taken;
        do {
            Instant now = time.now();
            taken = tx.inTransaction(() -> deliveries.fanOut(FAN_OUT_BATCH, now));
            total += taken;
        } while (taken == FAN_OUT_BATCH);
        return total;
    }

    /** Leases up to {@code limit} due deliveries to this instance. */
    public List<DueDelivery> claim(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Instant now = time.now();
        return tx.inTransaction(() -> deliveries.claimDue(
                now, now.plus(settings.lease()), settings.instance(), limit, IN_FLIGHT_PER_ENDPOINT));
    }

    /** The deliveries' counts for the metrics. */
    public WebhookDeliveries.Stats stats() {
        return tx.inTransaction(deliveries::stats);
    }

    /** Sends one claimed attempt and records its outcome. */
    public void attempt(DueDelivery due) {
        WebhookDelivery delivery = due.delivery();
        int attempt = delivery.attempt() + 1;
        OptionalInt answer = send(due);
        Instant now = time.now();
        Attempt outcome;
        if (answer.isPresent() && answer.getAsInt() >= 200 && answer.getAsInt() < 300) {
            outcome = new Attempt(delivery.id(), attempt, WebhookDelivery.Status.SUCCEEDED, answer.getAsInt(), null);
        } else if (answer.isPresent() && answer.getAsInt() == GONE) {
            outcome = new Attempt(delivery.id(), attempt, WebhookDelivery.Status.FAILED, GONE, null);
        } else {
            Integer status = answer.isPresent() ? answer.getAsInt() : null;
            Optional<Duration> delay = settings.retrySchedule().delayAfter(attempt);
            outcome = delay.isPresent()
                    ? new Attempt(delivery.id(), attempt, WebhookDelivery.Status.PENDING, status, now.plus(delay.get()))
                    : new Attempt(delivery.id(), attempt, WebhookDelivery.Status.FAILED, status, null);
        }
        tx.inTransaction(() -> {
            deliveries.recordAttempt(outcome, settings.instance());
            if (outcome.responseStatus() != null && outcome.responseStatus() == GONE) {
                endpoints.disable(delivery.endpointId());
            }
        });
    }

    private OptionalInt send(DueDelivery due) {
        WebhookDelivery delivery = due.delivery();
        Optional<String> refused = targets.whyRefused(due.url());
        if (refused.isPresent()) {
            LOG.log(System.Logger.Level.WARNING, "webhook delivery " + delivery.id() + " not sent: " + refused.get());
            return OptionalInt.empty();
        }
        byte[] key;
        try {
            String secret = new String(
                    keys.unwrap(
                            due.wrappedSecret(),
                            WebhookEndpoint.secretContext(delivery.tenantId(), delivery.endpointId())),
                    StandardCharsets.US_ASCII);
            key = WebhookSignature.keyOf(secret);
        } catch (KeyUnavailableException e) {
            LOG.log(
                    System.Logger.Level.ERROR,
                    "webhook delivery " + delivery.id() + " not sent: its secret does not open");
            return OptionalInt.empty();
        }
        String id = delivery.eventId().wire();
        long timestamp = time.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(key, id, timestamp, due.body()));
        return sender.post(due.url(), headers, due.body(), settings.timeout());
    }
}
