package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Crash safety: a server killed with SIGKILL in the middle of uploads and deletes, round after round,
 * then started again with a short orphan grace period, leaves no object without a document and no
 * document without its object (rows counted through the API, objects on the file store), and no
 * spooled upload in its work directory.
 */
class CrashSafetyIT {
    /** Rounds of start, load, kill -9 (the contract's check asks for 20; 5 keep the suite's time). */
    private static final int ROUNDS = 5;

    private static final int WORKERS = 4;

    private final int port = Integer.getInteger("dossier.it.restart.http.port");
    private final Path dataDir = Path.of(System.getProperty("dossier.it.dir"), "crash-" + System.nanoTime());

    @Test
    void givenServerKilledDuringUploadsAndDeletes_whenRestartedWithAShortGrace_thenRowsAndObjectsMatch()
            throws Exception {
        String adminToken = null;
        ApiClient.TenantKey tenant = null;
        for (int round = 0; round < ROUNDS; round++) {
            ScriptedServer server = start("round-" + round, Map.of());
            try {
                server.awaitReady();
                if (tenant == null) {
                    adminToken =
                            Files.readString(dataDir.resolve("admin-token")).strip();
                    tenant = server.api(adminToken).newTenant();
                }
                load(server.api(adminToken), tenant.apiKey(), Duration.ofMillis(1500 + 300L * round));
            } finally {
                server.kill();
            }
        }

        // grace 3 s (longer than the 2 s direct-upload TTL, as it must be), a maintenance round every 2 s
        ScriptedServer server = start(
                "after",
                Map.of(
                        "DOSSIER_ORPHAN_GRACE_SECONDS", "3",
                        "DOSSIER_DIRECT_UPLOAD_TTL_SECONDS", "2",
                        "DOSSIER_MAINTENANCE_INTERVAL_SECONDS", "2"));
        try {
            server.awaitReady();
            try (Stream<Path> spooled = Files.list(dataDir.resolve("tmp").resolve("uploads"))) {
                assertThat(spooled).as("spools of the killed servers").isEmpty();
            }
            ApiClient api = server.api(adminToken);
            Set<String> rows = documentIds(api, tenant.apiKey());
            Path objects = dataDir.resolve("objects").resolve("tenants").resolve(tenant.tenantId());
            Instant deadline = Instant.now().plusSeconds(60);
            while (objectCount(objects) != rows.size() && Instant.now().isBefore(deadline)) {
                Thread.sleep(1000);
            }
            assertThat(objectCount(objects))
                    .as("objects of the tenant against its %d documents\n%s", rows.size(), server.tail())
                    .isEqualTo(rows.size());
            for (String id : rows) {
                Resp link = api.get("/api/v1/documents/" + id + "/download/", tenant.apiKey());
                assertThat(link.status()).as(link.toString()).isEqualTo(200);
                Resp bytes = api.get(link.json().getString("download_url"), null);
                assertThat(bytes.status()).as("the bytes of document %s", id).isEqualTo(200);
            }
            assertThat(documentIds(api, tenant.apiKey())).isEqualTo(rows);
        } finally {
            server.close();
        }
    }

    /** Uploads and deletes on several threads for {@code duration}; the server is killed right after. */
    private static void load(ApiClient api, String key, Duration duration) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
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
                            }
                        }
                    } catch (RuntimeException killed) {
                        // the server went away under the request
                    }
                }
            });
        }
        Thread.sleep(duration.toMillis());
        stop.set(true);
        pool.shutdown();
        // the server is killed while the last requests are still in flight
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
