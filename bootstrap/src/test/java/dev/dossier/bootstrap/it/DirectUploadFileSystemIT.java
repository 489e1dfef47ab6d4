package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The direct-upload and workflow tests on file-system storage: {@code scripts/run.sh} with
 * {@code DOSSIER_STORAGE=filesystem} (embedded database), so the upload URL is Dossier's own and
 * its signed policy is checked by Dossier. One process for the whole class.
 */
class DirectUploadFileSystemIT implements WorkflowApiTests, DirectUploadContentApiTests {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final String ADMIN_TOKEN = "fs-it-admin-token";
    private static final int PORT = Integer.getInteger("dossier.it.fs.http.port");
    private static final ApiClient API = new ApiClient("http://127.0.0.1:" + PORT, ADMIN_TOKEN);
    private static Process server;
    private static Path log;

    @BeforeAll
    static void start() throws Exception {
        Path dataDir = Path.of(System.getProperty("dossier.it.dir"), "fs-direct-" + System.nanoTime());
        Files.createDirectories(dataDir);
        log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        ProcessBuilder pb = new ProcessBuilder("bash", System.getProperty("dossier.it.scripts.dir") + "/run.sh")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        String ttl = env.getOrDefault("DOSSIER_DIRECT_UPLOAD_TTL_SECONDS", "10");
        env.keySet().removeIf(k -> k.startsWith("DOSSIER_"));
        env.put("DOSSIER_HTTP_PORT", String.valueOf(PORT));
        env.put("DOSSIER_DATA_DIR", dataDir.toString());
        env.put("DOSSIER_STORAGE", "filesystem");
        env.put("DOSSIER_ADMIN_TOKEN", ADMIN_TOKEN);
        env.put("DOSSIER_PUBLIC_URL", "http://127.0.0.1:" + PORT);
        env.put("DOSSIER_DIRECT_UPLOAD_TTL_SECONDS", ttl);
        env.put("DOSSIER_DIRECT_UPLOAD_SWEEP_INTERVAL_SECONDS", "1");
        env.put(
                "DOSSIER_JAVA_OPTS",
                "-Xmx384m -Djava.io.tmpdir=" + Path.of(System.getProperty("dossier.it.dir"), "tmp"));
        server = pb.start();
        ApiClient probe = new ApiClient("http://127.0.0.1:" + PORT, null);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as(DirectUploadFileSystemIT::tail).isTrue();
            try {
                if (probe.get("/health/ready", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + READY_TIMEOUT + "\n" + tail());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    private static String tail() {
        try {
            String all = Files.readString(log, StandardCharsets.UTF_8);
            return all.substring(Math.max(0, all.length() - 6000));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public ApiClient api() {
        return API;
    }

    /** The embedded database belongs to the server process. */
    @Override
    public Optional<String> databaseUrl() {
        return Optional.empty();
    }
}
