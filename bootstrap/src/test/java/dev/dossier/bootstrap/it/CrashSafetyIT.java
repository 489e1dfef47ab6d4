package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Crash safety: a server killed with SIGKILL in the middle of uploads and deletes, round after round,
 * then started again with a short orphan grace period, leaves no object without a document and no
 * document without its object, and no spooled upload in its work directory: on the embedded default
 * (rows counted through the API, objects on the file store) and on PostgreSQL + S3 (rows counted in
 * the database, objects in the bucket).
 */
class CrashSafetyIT {
    private static final int WORKERS = 4;
    /** Kill rounds per configuration; a longer soak: {@code -Ddossier.it.crash.rounds=20}. */
    private static final int ROUNDS = Integer.getInteger("dossier.it.crash.rounds", 4);
    /** A killed server may hold the orphan pass's lease: one minute, plus a few rounds. */
    private static final Duration CONVERGENCE = Duration.ofSeconds(90);

    private final int port = Integer.getInteger("dossier.it.restart.http.port");
    private final Path dataDir = Path.of(System.getProperty("dossier.it.dir"), "crash-" + System.nanoTime());

    /** Where one configuration keeps its rows and objects, counted behind the server's back. */
    private interface Store {
        Map<String, String> settings();

        long objects(String tenantId) throws Exception;

        long rows(ApiClient api, ApiClient.TenantKey tenant) throws Exception;
    }

    @Test
    void givenEmbeddedServerKilledDuringUploadsAndDeletes_whenRestarted_thenRowsAndObjectsMatch() throws Exception {
        Path objects = dataDir.resolve("objects").resolve("tenants");
        killAndRecover(ROUNDS, new Store() {
            @Override
            public Map<String, String> settings() {
                return Map.of();
            }

            @Override
            public long objects(String tenantId) throws IOException {
                return objectCount(objects.resolve(tenantId));
            }

            @Override
            public long rows(ApiClient api, ApiClient.TenantKey tenant) {
                return documentIds(api, tenant.apiKey()).size();
            }
        });
    }

    @Test
    void givenPostgresAndS3ServerKilledDuringUploadsAndDeletes_whenRestarted_thenRowsAndObjectsMatch()
            throws Exception {
        String bucket = "dossier-crash-" + System.nanoTime();
        Map<String, String> settings = ScriptedServer.suiteDatabaseAndStorage();
        settings.put("DOSSIER_S3_BUCKET", bucket);
        killAndRecover(ROUNDS, new Store() {
            @Override
            public Map<String, String> settings() {
                return settings;
            }

            @Override
            public long objects(String tenantId) {
                return S3ProxyLauncher.keys(bucket, "tenants/" + tenantId + "/").size();
            }

            @Override
            public long rows(ApiClient api, ApiClient.TenantKey tenant) throws SQLException {
                try (Connection db = DriverManager.getConnection(
                                settings.get("DOSSIER_DB_URL"),
                                settings.get("DOSSIER_DB_USER"),
                                settings.get("DOSSIER_DB_PASSWORD"));
                        PreparedStatement count =
                                db.prepareStatement("SELECT count(*) FROM document WHERE tenant_id = ?::uuid")) {
                    count.setString(1, tenant.tenantId());
                    try (ResultSet result = count.executeQuery()) {
                        result.next();
                        return result.getLong(1);
                    }
                }
            }
        });
    }

    private void killAndRecover(int rounds, Store store) throws Exception {
        String adminToken = null;
        ApiClient.TenantKey tenant = null;
        int created = 0;
        for (int round = 0; round < rounds; round++) {
            ScriptedServer server = start("round-" + round, store.settings());
            try {
                server.awaitReady();
                if (tenant == null) {
                    adminToken = store.settings().containsKey("DOSSIER_ADMIN_TOKEN")
                            ? store.settings().get("DOSSIER_ADMIN_TOKEN")
                            : Files.readString(dataDir.resolve("admin-token")).strip();
                    tenant = server.api(adminToken).newTenant();
                }
                created += load(server.api(adminToken), tenant.apiKey(), Duration.ofMillis(1000 + 150L * (round % 8)));
            } finally {
                server.kill();
            }
        }

        assertThat(created).as("uploads answered 201 before the kills").isGreaterThanOrEqualTo(3 * rounds);

        // grace 3 s (longer than the 2 s direct-upload TTL, as it must be), a maintenance round every 2 s
        Map<String, String> recovery = new HashMap<>(store.settings());
        recovery.putAll(Map.of(
                "DOSSIER_ORPHAN_GRACE_SECONDS", "3",
                "DOSSIER_DIRECT_UPLOAD_TTL_SECONDS", "2",
                "DOSSIER_MAINTENANCE_INTERVAL_SECONDS", "2"));
        ScriptedServer server = start("after", recovery);
        try {
            server.awaitReady();
            try (Stream<Path> spooled = Files.list(dataDir.resolve("tmp").resolve("uploads"))) {
                assertThat(spooled).as("spools of the killed servers").isEmpty();
            }
            ApiClient api = server.api(adminToken);
            Set<String> ids = documentIds(api, tenant.apiKey());
            long rows = store.rows(api, tenant);
            assertThat(rows)
                    .as("rows of the tenant against its documents listed")
                    .isEqualTo(ids.size());
            Instant deadline = Instant.now().plus(CONVERGENCE);
            while (store.objects(tenant.tenantId()) != rows && Instant.now().isBefore(deadline)) {
                Thread.sleep(1000);
            }
            assertThat(store.objects(tenant.tenantId()))
                    .as("objects of the tenant against its %d documents\n%s", rows, server.tail())
                    .isEqualTo(rows);
            for (String id : ids) {
                Resp link = api.get("/api/v1/documents/" + id + "/download/", tenant.apiKey());
                assertThat(link.status()).as(link.toString()).isEqualTo(200);
                Resp bytes = api.get(link.json().getString("download_url"), null);
                assertThat(bytes.status()).as("the bytes of document %s", id).isEqualTo(200);
            }
            assertThat(documentIds(api, tenant.apiKey())).isEqualTo(ids);
        } finally {
            server.close();
        }
    }

    /**
     * Uploads and deletes on several threads until three uploads have succeeded and then for
     * {@code duration}; the server is killed right after. Says how many uploads succeeded.
     */
    private static int load(ApiClient api, String key, Duration duration) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger created = new AtomicInteger();
        ConcurrentLinkedQueue<String> uploaded = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            pool.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    try {
                        if (worker % 2 == 1 && i % 2 == 1 && !uploaded.isEmpty()) {
                            String id = uploaded.poll();
                            if (id != null) {
                                api.delete("/api/v1/documents/" + id + "/", key);
                            }
                        } else {
                            Resp up = api.uploadTenantDocument(
                                    key,
                                    "crash-" + worker + "-" + i + ".pdf",
                                    TestFiles.pdf("crash " + worker + " " + i + " " + "x".repeat(256 * 1024)),
                                    "Passport");
                            if (up.status() == 201) {
                                uploaded.add(up.json().getString("id"));
                                created.incrementAndGet();
                            }
                        }
                    } catch (RuntimeException killed) {
                        // the server went away under the request
                    }
                }
            });
        }
        Instant warm = Instant.now().plusSeconds(60);
        while (created.get() < 3 && Instant.now().isBefore(warm)) {
            Thread.sleep(50);
        }
        Thread.sleep(duration.toMillis());
        stop.set(true);
        pool.shutdown();
        // the server is killed while the last requests are still in flight
        return created.get();
    }

    private static Set<String> documentIds(ApiClient api, String key) {
        Set<String> ids = new HashSet<>();
        String path = "/api/v2/documents/?page_size=100";
        while (path != null) {
            Resp page = api.get(path, key);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json()
                    .getJsonArray("results")
                    .forEach(d -> ids.add(d.asJsonObject().getString("id")));
            String next = page.json().isNull("next_cursor") ? null : page.json().getString("next_cursor");
            path = next == null ? null : "/api/v2/documents/?page_size=100&after=" + next;
        }
        return ids;
    }

    private static long objectCount(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".tmp"))
                    .count();
        }
    }

    private ScriptedServer start(String name, Map<String, String> settings) throws IOException {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log");
        return ScriptedServer.start(port, dataDir, log, "", settings);
    }
}
