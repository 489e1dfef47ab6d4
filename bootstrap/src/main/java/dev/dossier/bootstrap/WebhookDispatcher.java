package dev.dossier.bootstrap;

import dev.dossier.application.port.out.WebhookDeliveries.DueDelivery;
import dev.dossier.application.port.out.WebhookDeliveries.Stats;
import dev.dossier.application.service.webhook.WebhookDeliveryWorker;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Delivers webhooks on every instance: each second it fans new events out, claims as many due
 * deliveries as it has free senders and hands each to a sender thread of its own; while claims find
 * work, a sender that finishes has the free senders refilled at once rather than at the next second,
 * so a burst drains at the senders' pace. An endpoint has at most
 * {@link WebhookDeliveryWorker#IN_FLIGHT_PER_ENDPOINT} attempts in flight, so a slow receiver holds
 * that many senders, never all. Its threads come from the container's thread factory and are
 * its own, as each background job's are ({@link ScheduledJob}). The claim's lease makes exactly one instance send
 * a given attempt. Also keeps the deliveries' counts for the metrics, refreshed every few seconds.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final System.Logger LOG = System.getLogger(WebhookDispatcher.class.getName());
    static final int SENDERS = 16;
    private static final long POLL_MILLIS = 1000;
    private static final Duration STATS_EVERY = Duration.ofSeconds(5);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    WebhookDeliveryWorker worker;

    @Inject
    BackgroundJobs jobs;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    private final AtomicInteger inFlight = new AtomicInteger();
    /** The last claim found work: more may be due, so finishing senders ask for a refill. */
    private volatile boolean backlog;

    private final AtomicBoolean refillQueued = new AtomicBoolean();
    private final AtomicReference<Stats> stats = new AtomicReference<>(new Stats(0, 0, 0, Optional.empty()));
    private volatile Instant statsAt = Instant.EPOCH;
    private ScheduledExecutorService poller;
    private ExecutorService senders;

    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object event) {
        metrics.gauge("dossier_webhook_deliveries_succeeded", () -> stats.get().succeeded());
        metrics.gauge("dossier_webhook_deliveries_failed", () -> stats.get().failed());
        metrics.gauge("dossier_webhook_deliveries_pending", () -> stats.get().pending());
        metrics.gauge(
                "dossier_webhook_oldest_pending_age_seconds",
                () -> stats.get()
                        .oldestPending()
                        .map(t -> Math.max(0, Duration.between(t, Instant.now()).toSeconds()))
                        .orElse(0L));
        senders = Executors.newFixedThreadPool(SENDERS, threads);
        poller = Executors.newSingleThreadScheduledExecutor(threads);
        poller.scheduleWithFixedDelay(this::pollOnce, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        jobs.scheduled(BackgroundJobs.Job.WEBHOOK_DELIVERY);
    }

    private void pollOnce() {
        try {
            worker.fanOut();
            refill();
            if (Instant.now().isAfter(statsAt.plus(STATS_EVERY))) {
                stats.set(worker.stats());
                statsAt = Instant.now();
            }
        } catch (Throwable e) {
            // a failing round must not cancel the schedule
            LOG.log(System.Logger.Level.WARNING, "webhook round failed; retrying next round", e);
        }
    }

    /** Claims due deliveries for the free senders and starts them; runs on the poller thread only. */
    private void refill() {
        int free = SENDERS - inFlight.get();
        if (free <= 0) {
            return;
        }
        List<DueDelivery> claimed = worker.claim(free);
        backlog = !claimed.isEmpty();
        for (DueDelivery due : claimed) {
            inFlight.incrementAndGet();
            senders.execute(() -> sendOne(due));
        }
    }

    /** After a send: while there is a backlog, one refill at a time is queued on the poller. */
    private void refillSoon() {
        if (!backlog || !refillQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            poller.execute(() -> {
                refillQueued.set(false);
                try {
                    refill();
                } catch (RuntimeException e) {
                    backlog = false;
                    LOG.log(System.Logger.Level.WARNING, "webhook refill failed; retrying next round", e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            refillQueued.set(false);
        }
    }

    private void sendOne(DueDelivery due) {
        try {
            worker.attempt(due);
        } catch (Throwable e) {
            // the lease runs out and the attempt is made again
            LOG.log(
                    System.Logger.Level.WARNING,
                    "webhook delivery " + due.delivery().id() + " failed",
                    e);
        } finally {
            inFlight.decrementAndGet();
            refillSoon();
        }
    }

    /**
     * Claims nothing more and lets the deliveries being sent finish until {@code deadline}; those still
     * sending then are cut, and their leases run out so that another instance sends them again.
     */
    boolean stopAndAwait(Instant deadline) {
        if (poller == null) {
            return true;
        }
        poller.shutdown();
        senders.shutdown();
        try {
            long wait = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            return poller.awaitTermination(wait, TimeUnit.MILLISECONDS)
                    && senders.awaitTermination(
                            Math.max(
                                    0, Duration.between(Instant.now(), deadline).toMillis()),
                            TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.shutdownNow();
        }
        if (senders != null) {
            senders.shutdownNow();
        }
    }
}
