package dev.dossier.bench;

import static dev.dossier.bench.Log.log;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Row 9: webhook delivery keeps up. A burst of {@value #EVENTS} small uploads through two instances
 * of one deployment makes as many {@code document.created} events; both instances deliver them to a
 * receiver in this JVM, which checks every signature and counts every event id. Delivery keeps up
 * when the last event arrives within 60 s of the burst's last upload (the row; the time from the
 * first upload is in its label, and the uploads themselves are the slower part on this machine);
 * exactly once means no id twice and none missing. Which instances hold leases while it drains is
 * sampled from the database.
 */
final class WebhookPhase implements Phase {
    static final int EVENTS = 10_000;
    private static final int CLIENTS = 16;
    private static final int FILE_BYTES = 4096;
    private static final long WAIT_SECONDS = 300;

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public void run(Harness h) throws Exception {
        DossierApi first = h.api();
        log("webhooks: starting a second instance");
        DossierServer second = h.startAnotherInstance("webhooks-2");
        Receiver receiver = Receiver.start();
        try {
            String hooksKey = first.createKey(h.servers().adminToken(), "[\"webhooks\"]");
            String registered = DossierApi.send(
                    HttpRequest.newBuilder(URI.create(first.base() + "/api/v1/webhooks/"))
                            .header("Authorization", "Bearer " + hooksKey)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"url\": \"" + receiver.url() + "\", \"events\": [\"document.created\"]}")),
                    201);
            receiver.secret(DossierApi.field(registered, "secret"));
            List<DossierApi> instances = List.of(first, first.on(second.base()));
            byte[] pdf = Transfers.pdfPayload(FILE_BYTES);

            log("webhooks: " + EVENTS + " uploads of " + FILE_BYTES + " bytes, " + CLIENTS
                    + " clients over two instances");
            long start = System.nanoTime();
            receiver.startClock(start);
            LeaseSampler leases = LeaseSampler.start(h.config());
            burst(instances, pdf);
            long burstEnd = System.nanoTime();
            int deliveredDuringBurst = receiver.distinct();
            boolean all = receiver.awaitAll(WAIT_SECONDS);
            leases.stop();
            report(h, receiver, all, (burstEnd - start) / 1e9, deliveredDuringBurst, leases.seen());
        } finally {
            receiver.stop();
            second.stop();
        }
    }

    private static void burst(List<DossierApi> instances, byte[] pdf) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                DossierApi api = instances.get(c % instances.size());
                clients.add(pool.submit(() -> {
                    while (next.getAndIncrement() < EVENTS) {
                        DossierApi.expect(
                                api.upload(URI.create(api.base() + "/api/v1/documents/upload/"), true, pdf), 201);
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(
            Harness h, Receiver r, boolean all, double burstSeconds, int duringBurst, Map<String, Integer> leases) {
        double total = r.lastSeconds();
        double after = total - burstSeconds;
        int distinct = r.distinct();
        boolean exactlyOnce = all && distinct == EVENTS && r.duplicates() == 0 && r.badSignatures() == 0;
        h.results()
                .row(
                        "9",
                        String.format(
                                Locale.ROOT,
                                "webhook delivery: %,d document.created events from a burst of %,d uploads (%d clients"
                                        + " over two instances: %.1f s, %.0f uploads/s), delivered by both instances"
                                        + " to a local receiver: s from the burst's last upload to the last event"
                                        + " (%.1f s from its first; %,d received, %d twice, %d bad signatures)",
                                EVENTS,
                                EVENTS,
                                CLIENTS,
                                burstSeconds,
                                EVENTS / burstSeconds,
                                total,
                                distinct,
                                r.duplicates(),
                                r.badSignatures()),
                        "s",
                        after,
                        null,
                        null,
                        "≤ 60 s, each exactly once",
                        exactlyOnce && after <= 60);
        h.results()
                .note(String.format(
                        Locale.ROOT,
                        "webhooks: %,d of the %,d events were delivered while the burst ran (%.0f/s, the uploads'"
                                + " pace), the other %,d in the %.1f s after it (%.0f/s); instances seen holding"
                                + " delivery leases (sampled every 100 ms, most at once): %s",
                        duringBurst,
                        EVENTS,
                        duringBurst / burstSeconds,
                        distinct - duringBurst,
                        after,
                        (distinct - duringBurst) / Math.max(after, 0.001),
                        leases));
    }

    /** The receiver: checks each attempt's Standard Webhooks signature and counts event ids. */
    private static final class Receiver {
        private final HttpServer server;
        private final ExecutorService threads = Executors.newFixedThreadPool(8);
        private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        private final AtomicInteger duplicates = new AtomicInteger();
        private final AtomicInteger badSignatures = new AtomicInteger();
        private final AtomicLong lastNanos = new AtomicLong();
        private final CountDownLatch complete = new CountDownLatch(EVENTS);
        private volatile byte[] key;
        private volatile long startNanos;

        private Receiver(HttpServer server) {
            this.server = server;
        }

        static Receiver start() throws IOException {
            Receiver r = new Receiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64));
            r.server.createContext("/hook", r::handle);
            r.server.setExecutor(r.threads);
            r.server.start();
            return r;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void secret(String secret) {
            key = Base64.getDecoder().decode(secret.substring(secret.indexOf('_') + 1));
        }

        void startClock(long nanos) {
            startNanos = nanos;
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange;
                    InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
                if (id == null || !signed(id, timestamp, body, signature)) {
                    badSignatures.incrementAndGet();
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                if (seen.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet() > 1) {
                    duplicates.incrementAndGet();
                } else {
                    lastNanos.accumulateAndGet(System.nanoTime(), Math::max);
                    complete.countDown();
                }
                exchange.sendResponseHeaders(204, -1);
            }
        }

        private boolean signed(String id, String timestamp, byte[] body, String signature) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
                String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
                return signature != null
                        && MessageDigest.isEqual(
                                expected.getBytes(StandardCharsets.US_ASCII),
                                signature.getBytes(StandardCharsets.US_ASCII));
            } catch (GeneralSecurityException e) {
                return false;
            }
        }

        boolean awaitAll(long seconds) throws InterruptedException {
            return complete.await(seconds, TimeUnit.SECONDS);
        }

        double lastSeconds() {
            return (lastNanos.get() - startNanos) / 1e9;
        }

        int distinct() {
            return seen.size();
        }

        int duplicates() {
            return duplicates.get();
        }

        int badSignatures() {
            return badSignatures.get();
        }

        void stop() {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    /** Samples which instances hold delivery leases, and how many at most, while the deliveries drain. */
    private static final class LeaseSampler {
        private final Map<String, Integer> most = new TreeMap<>();
        private final Thread thread;
        private volatile boolean running = true;

        private LeaseSampler(BenchConfig config) {
            thread = new Thread(() -> sample(config), "lease-sampler");
            thread.setDaemon(true);
        }

        static LeaseSampler start(BenchConfig config) {
            LeaseSampler s = new LeaseSampler(config);
            s.thread.start();
            return s;
        }

        private void sample(BenchConfig config) {
            try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword());
                    Statement st = c.createStatement()) {
                while (running) {
                    try (ResultSet rs = st.executeQuery("SELECT lease_owner, COUNT(*) FROM webhook_delivery"
                            + " WHERE status = 'pending' AND lease_owner IS NOT NULL GROUP BY lease_owner")) {
                        while (rs.next()) {
                            synchronized (most) {
                                most.merge(rs.getString(1), rs.getInt(2), Math::max);
                            }
                        }
                    }
                    Thread.sleep(100);
                }
            } catch (Exception e) {
                synchronized (most) {
                    most.put("sampling failed: " + e.getMessage(), 0);
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(5000);
        }

        Map<String, Integer> seen() {
            synchronized (most) {
                return new TreeMap<>(most);
            }
        }
    }
}
