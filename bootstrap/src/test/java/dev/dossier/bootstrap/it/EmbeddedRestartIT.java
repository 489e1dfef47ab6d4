package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start: {@code scripts/run.sh} with no settings runs on the embedded database
 * and file storage, generates and keeps an admin token, and keeps its data across a restart. It
 * starts the JVM with the parallel collector unless {@code DOSSIER_JAVA_OPTS} picks one.
 */
class EmbeddedRestartIT {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final int port = Integer.getInteger("dossier.it.restart.http.port");
    private final Path dataDir = Path.of(System.getProperty("dossier.it.dir"), "embedded-" + System.nanoTime());

    @Test
    void givenEmbeddedDefault_whenRestarted_thenDataAndAdminTokenAreKept() throws Exception {
        Path firstLog = dataDir.resolveSibling(dataDir.getFileName() + "-first.log");
        Process first = start(firstLog, "");
        String token;
        String tenantKey;
        String documentId;
        String nextCursor;
        String newerId;
        byte[] pdf = TestFiles.pdf("kept across restarts");
        try {
            awaitReady(first, firstLog);
            assertThat(jvmArguments(first)).contains("-XX:+UseParallelGC");
            token = Files.readString(dataDir.resolve("admin-token")).strip();
            assertThat(Files.readString(firstLog))
                    .contains("generated an admin token")
                    .contains(token);
            ApiClient api = new ApiClient("http://127.0.0.1:" + port, token);
            var tenant = api.newTenant();
            tenantKey = tenant.apiKey();
            Resp up = api.uploadTenantDocument(tenantKey, "kept.pdf", pdf, "Bank Statement");
            assertThat(up.status()).as(up.toString()).isEqualTo(201);
            documentId = up.json().getString("id");
            Resp newer = api.upload(
                    "/api/v2/documents/upload/",
                    tenantKey,
                    Map.of("document_type", "Passport"),
                    "newer.pdf",
                    TestFiles.pdf("newer"));
            assertThat(newer.status()).as(newer.toString()).isEqualTo(201);
            newerId = newer.json().getString("id");
            nextCursor =
                    api.get("/api/v2/documents/?page_size=1", tenantKey).json().getString("next_cursor");
            Path spool = dataDir.resolve("tmp").resolve("uploads");
            assertThat(Files.isDirectory(spool)).isTrue();
            try (var left = Files.list(spool)) {
                assertThat(left).as("spooled uploads are removed once stored").isEmpty();
            }
        } finally {
            stop(first);
        }
        assertThat(Files.exists(dataDir.resolve("objects"))).isTrue();

        Path secondLog = dataDir.resolveSibling(dataDir.getFileName() + "-second.log");
        Process second = start(secondLog, "-XX:+UseSerialGC");
        try {
            awaitReady(second, secondLog);
            // a second collector would stop the JVM at once: the one asked for replaces run.sh's
            assertThat(jvmArguments(second)).contains("-XX:+UseSerialGC").doesNotContain("-XX:+UseParallelGC");
            assertThat(Files.readString(secondLog))
                    .doesNotContain("generated an admin token")
                    .doesNotContain(token);
            assertThat(Files.readString(dataDir.resolve("admin-token")).strip()).isEqualTo(token);
            ApiClient api = new ApiClient("http://127.0.0.1:" + port, token);
            Resp list = api.get("/api/v1/documents/", tenantKey);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().getJsonArray("documents").stream()
                            .map(d -> d.asJsonObject().getString("id")))
                    .containsExactly(newerId, documentId);
            String url = api.get("/api/v1/documents/" + documentId + "/download/", tenantKey)
                    .json()
                    .getString("download_url");
            assertThat(api.get(url, null).body()).isEqualTo(pdf);
            // the cursor signing key lives in the database: a cursor issued before the restart still works
            Resp page = api.get("/api/v2/documents/?page_size=1&after=" + nextCursor, tenantKey);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.json().getJsonArray("results").getJsonObject(0).getString("id"))
                    .isEqualTo(documentId);
            assertThat(api.createTenant("after restart").getString("id")).isNotBlank();
        } finally {
            stop(second);
        }
    }

    @Test
    void givenUnknownStorage_whenStarted_thenDeploymentFailsNamingTheSettingAndNeverReady() throws Exception {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-bad-storage.log");
        Process server = start(log, "", Map.of("DOSSIER_STORAGE", "bogus"));
        try {
            // the store opens on a thread of its own during the deployment; its failure must still fail it
            Instant deadline = Instant.now().plus(READY_TIMEOUT);
            while (!Files.readString(log).contains("DOSSIER_STORAGE must be filesystem or s3, not \"bogus\"")) {
                assertThat(server.isAlive()).as(() -> tail(log)).isTrue();
                assertThat(Instant.now())
                        .as(() -> "no failure logged\n" + tail(log))
                        .isBefore(deadline);
                Thread.sleep(250);
            }
            ApiClient probe = new ApiClient("http://127.0.0.1:" + port, null);
            Instant listening = Instant.now().plus(Duration.ofSeconds(30));
            Integer status = null;
            while (status == null && Instant.now().isBefore(listening)) {
                try {
                    status = probe.get("/health/ready", null).status();
                } catch (RuntimeException notYet) {
                    Thread.sleep(250);
                }
            }
            assertThat(status).as(() -> tail(log)).isNotNull().isNotEqualTo(200);
            assertThat(Files.exists(dataDir.resolve("objects")))
                    .as("nothing stored")
                    .isFalse();
        } finally {
            stop(server);
        }
    }

    private Process start(Path log, String javaOptions) throws IOException {
        return start(log, javaOptions, Map.of());
    }

    private Process start(Path log, String javaOptions, Map<String, String> settings) throws IOException {
        Files.createDirectories(dataDir);
        ProcessBuilder pb = new ProcessBuilder("bash", System.getProperty("dossier.it.scripts.dir") + "/run.sh")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        // the embedded default: none of the suite's PostgreSQL/S3/admin settings
        env.keySet().removeIf(k -> k.startsWith("DOSSIER_"));
        env.put("DOSSIER_HTTP_PORT", String.valueOf(port));
        env.put("DOSSIER_DATA_DIR", dataDir.toString());
        env.put(
                "DOSSIER_JAVA_OPTS",
                "-Xmx384m -Djava.io.tmpdir=" + Path.of(System.getProperty("dossier.it.dir"), "tmp") + " "
                        + javaOptions);
        env.putAll(settings);
        return pb.start();
    }

    private void awaitReady(Process process, Path log) throws Exception {
        ApiClient probe = new ApiClient("http://127.0.0.1:" + port, null);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as(() -> tail(log)).isTrue();
            try {
                if (probe.get("/health/ready", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + READY_TIMEOUT + "\n" + tail(log));
    }

    /** The server JVM's command line (run.sh exec's java, so the process is the JVM); Linux. */
    private static List<String> jvmArguments(Process process) throws IOException {
        String cmdline =
                Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"), StandardCharsets.UTF_8);
        return List.of(cmdline.split("\0"));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM: run.sh exec'd java, which shuts Payara down cleanly
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("Dossier did not stop on SIGTERM within 60 s");
        }
    }

    private static String tail(Path log) {
        try {
            String all = Files.readString(log, StandardCharsets.UTF_8);
            return all.substring(Math.max(0, all.length() - 6000));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
