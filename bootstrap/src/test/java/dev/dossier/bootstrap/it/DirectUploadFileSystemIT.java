package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direct-upload and workflow tests on file-system storage: {@code scripts/run.sh} with
 * {@code DOSSIER_STORAGE=filesystem} (embedded database), so the upload URL is Dossier's own and
 * its signed policy is checked by Dossier. One process for the whole class. Besides, the reference's browser code
 * for the upload, run by a real headless Chromium from a page on another origin ({@link Browser}).
 */
class DirectUploadFileSystemIT implements WorkflowApiTests, DirectUploadContentApiTests {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final String ADMIN_TOKEN = "fs-it-admin-token";
    private static final int PORT = Integer.getInteger("dossier.it.fs.http.port");
    private static final ApiClient API = new ApiClient("http://127.0.0.1:" + PORT, ADMIN_TOKEN);
    private static Process server;
    private static Path log;
    private static Browser browser;

    /** The reference's step 2 in JavaScript, as written; {@code createResponse} is the document.create answer. */
    private static final String REFERENCE_UPLOAD = """
            // Assume you have the response from document.create stored in 'createResponse'
            const { upload_url, presign_values, document_id } = createResponse.data.document;
            // Create FormData with presign values
            const formData = new FormData();
            // Add all presign_values as form fields (ORDER MATTERS - add these first)
            formData.append("Content-Type", presign_values["Content-Type"]);
            formData.append("key", presign_values["key"]);
            formData.append("policy", presign_values["policy"]);
            formData.append("X-Amz-Algorithm", presign_values["X-Amz-Algorithm"]);
            formData.append("X-Amz-Credential", presign_values["X-Amz-Credential"]);
            formData.append("X-Amz-Date", presign_values["X-Amz-Date"]);
            formData.append("X-Amz-Security-Token", presign_values["X-Amz-Security-Token"]);
            formData.append("X-Amz-Signature", presign_values["X-Amz-Signature"]);
            formData.append("x-amz-meta-document-id", presign_values["x-amz-meta-document-id"]);
            // Add the file as the LAST field
            formData.append("file", fileInput.files[0]);
            // Upload file
            const requestOptions = {
            method: "POST",
            body: formData,
            redirect: "follow"
            };
            fetch(upload_url, requestOptions)
            .then((response) => {
            if (response.ok) {
            console.log("File uploaded successfully!");
            console.log("Document ID:", document_id);
            // Proceed to Step 3 if you want to link to workflow requirements
            } else {
            console.error("Upload failed:", response.status);
            }
            })
            .catch((error) => console.error("Upload error:", error));
            """;

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
        env.put("DOSSIER_CORS_ALLOWED_ORIGINS", "http://127.0.0.1:" + Integer.getInteger("dossier.it.browser.port"));
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
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (server != null) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            browser = Browser.open();
        }
        return browser;
    }

    @Test
    void givenTheReferenceBrowserUploadCode_whenRunFromTheAllowedOrigin_thenOk_andTheDocumentCompletesOnce()
            throws Exception {
        var t = API.newTenant();
        String entity = API.createEntity(t.apiKey(), "Acme Corp Ltd", "company");
        byte[] passport = TestFiles.pdf("browser passport " + UUID.randomUUID());
        Browser page = browser().load(browser().allowedOrigin()).choose(passportFile(passport));
        String create = """
                const created = await fetch('BASE/document.create', {
                  method: 'POST',
                  headers: { 'Authorization': 'Bearer KEY', 'Content-Type': 'application/json' },
                  body: JSON.stringify({ subject_record_id: 'SUBJECT', file_name: fileInput.files[0].name,
                    file_size_in_bytes: fileInput.files[0].size }) });
                const createResponse = await created.json();
                """.replace("BASE", API.baseUrl())
                .replace("KEY", t.apiKey())
                .replace("SUBJECT", DirectUploadApiTests.sr(entity));

        JsonObject run = page.run(create + REFERENCE_UPLOAD);
        JsonArray logged = page.awaitLogged(2, Duration.ofSeconds(30));
        page.screenshot("browser-direct-upload");

        assertThat(run.get("error")).as(run.toString()).isEqualTo(JsonValue.NULL);
        assertThat(logged.toString()).contains("File uploaded successfully!").doesNotContain("\"error\"");
        JsonArray idLine = logged.getJsonObject(1).getJsonArray("values");
        assertThat(idLine.getString(0)).isEqualTo("Document ID:");
        String documentId = idLine.getString(1);
        JsonObject done = awaitDocument(
                t.apiKey(), documentId, d -> "COMPLETE".equals(d.getString("upload_status")), Duration.ofSeconds(20));
        assertThat(done.getString("upload_status")).as(done.toString()).isEqualTo("COMPLETE");
        assertThat(done.getString("sha256"))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(passport)));
        JsonObject documents = API.get("/api/v1/entities/" + entity + "/documents/", t.apiKey())
                .json();
        assertThat(documents.getInt("count")).as(documents.toString()).isEqualTo(1);
    }

    @Test
    void givenAnUploadForm_whenPostedFromAnyOrigin_thenTheBrowserReadsItsAnswer() throws Exception {
        var t = API.newTenant();
        String entity = API.createEntity(t.apiKey(), "Anywhere Ltd", "company");
        byte[] passport = TestFiles.pdf("any origin " + UUID.randomUUID());
        // the page first: the form's expiry runs from document.create on
        Browser page = browser().load(browser().otherOrigin()).choose(passportFile(passport));
        JsonObject document =
                createDocument(t.apiKey(), DirectUploadApiTests.sr(entity), "passport.pdf", passport.length);

        JsonObject run = page.run("const createResponse = {data: {document: " + document + "}};\n" + REFERENCE_UPLOAD);
        JsonArray logged = page.awaitLogged(2, Duration.ofSeconds(30));

        assertThat(run.get("error")).as(run.toString()).isEqualTo(JsonValue.NULL);
        assertThat(logged.toString()).contains("File uploaded successfully!").doesNotContain("\"error\"");
        JsonObject done = awaitDocument(
                t.apiKey(),
                document.getString("document_id"),
                d -> "COMPLETE".equals(d.getString("upload_status")),
                Duration.ofSeconds(20));
        assertThat(done.getString("upload_status")).as(done.toString()).isEqualTo("COMPLETE");
    }

    private static Path passportFile(byte[] content) throws IOException {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("dossier.it.dir")), "browser-files");
        return Files.write(dir.resolve("passport.pdf"), content);
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
