package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start: {@code scripts/run.sh} with no settings runs on the embedded database
 * and file storage, generates and keeps an admin token and a master key (owner-only, with a warning,
 * never printed), and keeps its data across a restart. It
 * starts the JVM with the parallel collector unless {@code DOSSIER_JAVA_OPTS} picks one.
 */
class EmbeddedRestartIT {
    private final int port = Integer.getInteger("dossier.it.restart.http.port");
    private final Path dataDir = Path.of(System.getProperty("dossier.it.dir"), "embedded-" + System.nanoTime());

    @Test
    void givenEmbeddedDefault_whenRestarted_thenDataAndAdminTokenAreKept() throws Exception {
        Path firstLog = dataDir.resolveSibling(dataDir.getFileName() + "-first.log");
        ScriptedServer first = start(firstLog, "");
        String token;
        String masterKey;
        String tenantKey;
        String documentId;
        String nextCursor;
        String newerId;
        byte[] pdf = TestFiles.pdf("kept across restarts");
        try {
            first.awaitReady();
            assertThat(first.jvmArguments()).contains("-XX:+UseParallelGC");
            token = Files.readString(dataDir.resolve("admin-token")).strip();
            assertThat(Files.readString(firstLog))
                    .contains("generated an admin token")
                    .contains(token);
            masterKey = Files.readString(dataDir.resolve("master-key")).strip();
            assertThat(Base64.getDecoder().decode(masterKey)).hasSize(32);
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("master-key")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.readString(firstLog))
                    .contains("generated a master key in " + dataDir.resolve("master-key"))
                    .contains("keep a copy apart from the data")
                    .doesNotContain(masterKey);
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
            first.close();
        }
        assertThat(Files.exists(dataDir.resolve("objects"))).isTrue();

        Path secondLog = dataDir.resolveSibling(dataDir.getFileName() + "-second.log");
        ScriptedServer second = start(secondLog, "-XX:+UseSerialGC");
        try {
            second.awaitReady();
            // a second collector would stop the JVM at once: the one asked for replaces run.sh's
            assertThat(second.jvmArguments()).contains("-XX:+UseSerialGC").doesNotContain("-XX:+UseParallelGC");
            assertThat(Files.readString(secondLog))
                    .doesNotContain("generated an admin token")
                    .doesNotContain(token);
            assertThat(Files.readString(dataDir.resolve("admin-token")).strip()).isEqualTo(token);
            assertThat(Files.readString(secondLog)).doesNotContain("generated a master key");
            assertThat(Files.readString(dataDir.resolve("master-key")).strip()).isEqualTo(masterKey);
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
            second.close();
        }
    }

    @Test
    void givenUnknownStorage_whenStarted_thenDeploymentFailsNamingTheSettingAndNeverReady() throws Exception {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-bad-storage.log");
        try (ScriptedServer server = start(log, "", Map.of("DOSSIER_STORAGE", "bogus"))) {
            // the store opens on a thread of its own during the deployment; its failure must still fail it
            server.awaitLog("DOSSIER_STORAGE must be filesystem or s3, not \"bogus\"", ScriptedServer.READY_TIMEOUT);
            Integer status = server.readinessOnceListening(Duration.ofSeconds(30));
            assertThat(status).as(server.tailSupplier()).isNotNull().isNotEqualTo(200);
            assertThat(Files.exists(dataDir.resolve("objects")))
                    .as("nothing stored")
                    .isFalse();
        }
    }

    private ScriptedServer start(Path log, String javaOptions) throws IOException {
        return start(log, javaOptions, Map.of());
    }

    private ScriptedServer start(Path log, String javaOptions, Map<String, String> settings) throws IOException {
        return ScriptedServer.start(port, dataDir, log, javaOptions, settings);
    }
}
