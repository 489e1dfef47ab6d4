package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Documents at rest on the embedded default started by {@code scripts/run.sh}: nothing of an uploaded
 * file lies in clear under the data directory, a master key rotation keeps every document readable
 * and re-wraps the data keys in the background, and a wrong or malformed master key stops the start.
 * (The key generated when none is set: {@link EmbeddedRestartIT}.)
 */
class EncryptionAtRestIT {
    private final int port = Integer.getInteger("dossier.it.restart.http.port");
    private final Path dataDir = Path.of(System.getProperty("dossier.it.dir"), "at-rest-" + System.nanoTime());
    private final String keyA = newMasterKey();
    private final String keyB = newMasterKey();

    private record Uploaded(String id, byte[] bytes, String documentsPath) {}

    @Test
    void givenUploads_whenMasterKeyRotated_thenEverythingStaysReadable_andOnlyTheRightKeysStart() throws Exception {
        String token;
        String apiKey;
        List<Uploaded> uploaded = new ArrayList<>();
        String marker = "DOSSIER-AT-REST-MARKER-" + UUID.randomUUID();
        try (ScriptedServer server =
                start("a", Map.of("DOSSIER_MASTER_KEY", keyA)).awaitReady()) {
            token = Files.readString(dataDir.resolve("admin-token")).strip();
            ApiClient api = server.api(token);
            apiKey = api.newTenant().apiKey();
            String entity = api.createEntity(apiKey, "Acme Corp Ltd", "company");
            uploaded.add(upload(api, "/api/v1/documents/upload/", apiKey, marker + " library"));
            uploaded.add(upload(api, "/api/v1/entities/" + entity + "/documents/upload/", apiKey, marker + " entity"));
            uploaded.add(upload(api, "/api/v2/documents/upload/", apiKey, marker + " v2"));

            assertThat(filesContaining(marker))
                    .as("files holding the marker in clear")
                    .isEmpty();
            assertThat(Files.exists(dataDir.resolve("master-key")))
                    .as("no key file when the key is set")
                    .isFalse();
            assertReadable(api, apiKey, uploaded);
        }

        Map<String, String> rotated = Map.of(
                "DOSSIER_MASTER_KEY",
                keyB,
                "DOSSIER_MASTER_KEY_PREVIOUS",
                newMasterKey() + "," + keyA,
                "DOSSIER_MAINTENANCE_INTERVAL_SECONDS",
                "1");
        try (ScriptedServer server = start("rotated", rotated).awaitReady()) {
            assertReadable(server.api(token), apiKey, uploaded);
            server.awaitLog("re-wrapped 2 data keys with the current master key", Duration.ofSeconds(60));
        }

        try (ScriptedServer server =
                start("b-only", Map.of("DOSSIER_MASTER_KEY", keyB)).awaitReady()) {
            assertReadable(server.api(token), apiKey, uploaded);
        }

        try (ScriptedServer server = start("wrong", Map.of("DOSSIER_MASTER_KEY", keyA))) {
            server.awaitLog(
                    "The stored data keys cannot be opened with the configured master keys",
                    ScriptedServer.READY_TIMEOUT);
            assertThat(server.readinessOnceListening(Duration.ofSeconds(30)))
                    .as(server.tailSupplier())
                    .isNotNull()
                    .isNotEqualTo(200);
            assertThat(server.log()).doesNotContain(keyA).doesNotContain(keyB);
        }
    }

    @Test
    void givenMalformedMasterKey_whenStarted_thenTheStartFailsSayingWhatAKeyIs() throws Exception {
        try (ScriptedServer server = start("malformed", Map.of("DOSSIER_MASTER_KEY", "c2hvcnQ="))) {
            server.awaitLog("DOSSIER_MASTER_KEY holds 5 bytes", ScriptedServer.READY_TIMEOUT);
            assertThat(server.readinessOnceListening(Duration.ofSeconds(30)))
                    .as(server.tailSupplier())
                    .isNotNull()
                    .isNotEqualTo(200);
        }
    }

    private ScriptedServer start(String name, Map<String, String> settings) throws IOException {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log");
        return ScriptedServer.start(port, dataDir, log, "", settings);
    }

    private static Uploaded upload(ApiClient api, String path, String apiKey, String text) {
        byte[] pdf = TestFiles.pdf(text);
        Resp up = api.upload(path, apiKey, Map.of("document_type", "Passport"), "passport.pdf", pdf);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        return new Uploaded(up.json().getString("id"), pdf, path.replace("upload/", ""));
    }

    private static void assertReadable(ApiClient api, String apiKey, List<Uploaded> documents) {
        for (Uploaded document : documents) {
            Resp link = api.get(document.documentsPath() + document.id() + "/download/", apiKey);
            assertThat(link.status()).as(link.toString()).isEqualTo(200);
            assertThat(api.get(link.json().getString("download_url"), null).body())
                    .as("document %s", document.id())
                    .isEqualTo(document.bytes());
        }
    }

    /** Every regular file under the data directory whose bytes contain {@code marker}. */
    private List<Path> filesContaining(String marker) throws IOException {
        byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> contains(file, needle))
                    .toList();
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            return false; // a file that vanished meanwhile
        }
    }

    private static String newMasterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
