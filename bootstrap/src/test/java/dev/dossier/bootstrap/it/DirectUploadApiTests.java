package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import dev.dossier.domain.shared.PrefixedIds;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The direct-upload surface over HTTP as the reference's clients use it: document.create, the
 * multipart POST of the presigned form (to S3, or to Dossier's own URL with file-system storage),
 * document.get, and the rejections (size, content type, expiry, forged content, bad input). Run by
 * {@link DossierApiIT} (PostgreSQL + S3Proxy) and {@link DirectUploadFileSystemIT} (scripts/run.sh
 * with file-system storage).
 */
interface DirectUploadApiTests extends ApiTest {
    /** DOSSIER_DIRECT_UPLOAD_TTL_SECONDS of the server under test (bootstrap/pom.xml). */
    Duration TTL =
            Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("DOSSIER_DIRECT_UPLOAD_TTL_SECONDS", "10")));

    /**
     * The server's PostgreSQL, to check that refused requests wrote nothing; empty when not reachable from the test.
     */
    default Optional<String> databaseUrl() {
        return Optional.ofNullable(System.getenv("DOSSIER_DB_URL"));
    }

    static String sr(String entityUuid) {
        return PrefixedIds.encode("sr_", UUID.fromString(entityUuid));
    }

    static String uuidOf(String prefix, String id) {
        return PrefixedIds.decode(prefix, id).toString();
    }

    default Resp rpc(String method, String key, String json) {
        return api().postJson("/" + method, key, json);
    }

    /** An RPC call the document does not allow (a bad body, no key): only its answer is checked. */
    default Resp rpcOutsideContract(String method, String key, String json) {
        return api().outsideContract().postJson("/" + method, key, json);
    }

    default JsonObject createDocument(String key, String subject, String fileName, long size) {
        Resp r = rpc(
                "document.create",
                key,
                "{\"subject_record_id\": \"" + subject + "\", \"file_name\": \"" + fileName
                        + "\", \"file_size_in_bytes\": " + size + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonObject("data").getJsonObject("document");
    }

    /** POSTs the presign values in order, the file last, as the reference's clients do. */
    default int upload(JsonObject document, Map<String, String> changes, byte[] file) {
        Map<String, String> fields = new LinkedHashMap<>();
        document.getJsonObject("presign_values")
                .forEach((k, v) -> fields.put(k, ((jakarta.json.JsonString) v).getString()));
        fields.putAll(changes);
        Resp r = api().upload(document.getString("upload_url"), null, fields, "passport.pdf", file);
        return r.status();
    }

    default JsonObject documentGet(String key, String documentId) {
        Resp r = rpc("document.get", key, "{\"document_id\": \"" + documentId + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonObject("data").getJsonObject("document");
    }

    default JsonObject awaitDocument(String key, String documentId, Predicate<JsonObject> done, Duration within)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        JsonObject last = documentGet(key, documentId);
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            last = documentGet(key, documentId);
        }
        return last;
    }

    default long directUploadRows(String tenantId) {
        if (databaseUrl().isEmpty()) {
            return -1;
        }
        try (Connection c = DriverManager.getConnection(
                        databaseUrl().get(), System.getenv("DOSSIER_DB_USER"), System.getenv("DOSSIER_DB_PASSWORD"));
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM direct_upload WHERE tenant_id = ?")) {
            s.setObject(1, UUID.fromString(tenantId));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertError(Resp r, int status, String type, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        JsonObject error = r.json().getJsonObject("error");
        assertThat(error.getString("type")).isEqualTo(type);
        assertThat(error.getString("message")).isNotBlank();
        if (field != null) {
            assertThat(error.getJsonObject("fields").containsKey(field))
                    .as(r.toString())
                    .isTrue();
            assertThat(error.getString("message")).startsWith(field + ": ");
        }
        assertThat(r.text()).doesNotContain("Exception", "\tat ");
    }

    // --- the reference's flow -----------------------------------------------------------------

    @Test
    default void givenReferencePythonUploadCode_whenRunAsWritten_then204AndTheDocumentIsCompleteOnEverySurface()
            throws Exception {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme Corp Ltd", "company");
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("dossier.it.dir")), "direct");
        byte[] passport = TestFiles.pdf("passport " + UUID.randomUUID());
        Files.write(dir.resolve("passport.pdf"), passport);
        String script = """
                import requests
                response_data = requests.post("BASE/document.create",
                    headers={"Authorization": "Bearer KEY"},
                    json={"subject_record_id": "SUBJECT", "file_name": "passport.pdf",
                          "file_size_in_bytes": SIZE}).json()
                # --- the reference's code, as written ---
                upload_url = response_data["data"]["document"]["upload_url"]
                presign_values = response_data["data"]["document"]["presign_values"]
                document_id = response_data["data"]["document"]["document_id"]
                # Open the file
                with open("passport.pdf", "rb") as file:
                    # Create multipart form data with presign values
                    files = {
                        "Content-Type": (None, presign_values["Content-Type"]),
                        "key": (None, presign_values["key"]),
                        "policy": (None, presign_values["policy"]),
                        "X-Amz-Algorithm": (None, presign_values["X-Amz-Algorithm"]),
                        "X-Amz-Credential": (None, presign_values["X-Amz-Credential"]),
                        "X-Amz-Date": (None, presign_values["X-Amz-Date"]),
                        "X-Amz-Security-Token": (None, presign_values["X-Amz-Security-Token"]),
                        "X-Amz-Signature": (None, presign_values["X-Amz-Signature"]),
                        "x-amz-meta-document-id": (None, presign_values["x-amz-meta-document-id"]),
                        "file": file
                    }
                    # Upload file
                    response = requests.post(upload_url, files=files)
                    if response.status_code == 204:
                        print(f"File uploaded successfully! Document ID: {document_id}")
                        # Proceed to Step 3 if you want to link to workflow requirements
                    else:
                        print(f"Upload failed: {response.status_code}")
                """.replace("BASE", api().baseUrl())
                .replace("KEY", t.apiKey())
                .replace("SUBJECT", sr(entity))
                .replace("SIZE", String.valueOf(passport.length));
        Files.writeString(dir.resolve("upload.py"), script);
        Process p = new ProcessBuilder("python3", "upload.py")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).as(out).contains("File uploaded successfully! Document ID: d_");
        String documentId = out.substring(out.indexOf("Document ID: ") + 13).strip();

        // document.get settles an arrived upload itself, unless a sweep is on it at that moment
        JsonObject got = awaitDocument(
                t.apiKey(), documentId, d -> !"PENDING".equals(d.getString("upload_status")), Duration.ofSeconds(20));
        assertThat(got.getString("upload_status")).as(got.toString()).isEqualTo("COMPLETE");
        assertThat(got.getString("document_id")).isEqualTo(documentId);
        assertThat(got.getString("subject_record_id")).isEqualTo(sr(entity));
        assertThat(got.getString("file_name")).isEqualTo("passport.pdf");
        assertThat(got.getJsonNumber("file_size_in_bytes").longValue()).isEqualTo(passport.length);
        assertThat(got.getString("content_type")).isEqualTo("application/pdf");
        assertThat(got.getString("sha256")).isEqualTo(sha256(passport));
        assertThat(got.isNull("failure_reason")).isTrue();

        // the same document, by the same UUID, on the Library surface; its bytes are the uploaded ones
        String uuid = uuidOf("d_", documentId);
        Resp library = api().get("/api/v1/entities/" + entity + "/documents/" + uuid + "/", t.apiKey());
        assertThat(library.status()).as(library.toString()).isEqualTo(200);
        assertThat(library.json().getString("name")).isEqualTo("passport.pdf");
        String url = api().get("/api/v1/entities/" + entity + "/documents/" + uuid + "/download/", t.apiKey())
                .json()
                .getString("download_url");
        assertThat(api().get(url, null).body()).isEqualTo(passport);
        // the plain UUID is accepted as input too
        assertThat(documentGet(t.apiKey(), uuid).getString("document_id")).isEqualTo(documentId);
    }

    @Test
    default void givenUploadedFile_whenNobodyAsks_thenTheBackgroundSweepPromotesIt() throws Exception {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Swept Ltd", "company");
        byte[] pdf = TestFiles.pdf("swept");
        JsonObject doc = createDocument(t.apiKey(), sr(entity), "statement.pdf", pdf.length);
        assertThat(upload(doc, Map.of(), pdf)).isEqualTo(204);
        String path = "/api/v1/entities/" + entity + "/documents/" + uuidOf("d_", doc.getString("document_id")) + "/";

        Instant deadline = Instant.now().plusSeconds(30);
        Resp library = api().get(path, t.apiKey());
        while (library.status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            library = api().get(path, t.apiKey());
        }
        assertThat(library.status())
                .as("promoted by the sweep alone: " + library)
                .isEqualTo(200);
    }

    @Test
    default void givenPendingUpload_thenItIsNotReadableAnywhereYet() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Pending Ltd", "company");
        JsonObject doc = createDocument(t.apiKey(), sr(entity), "passport.pdf", 1000);

        assertThat(documentGet(t.apiKey(), doc.getString("document_id")).getString("upload_status"))
                .isEqualTo("PENDING");
        String uuid = uuidOf("d_", doc.getString("document_id"));
        assertThat(api().get("/api/v1/entities/" + entity + "/documents/" + uuid + "/", t.apiKey())
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/entities/" + entity + "/documents/", t.apiKey())
                        .json()
                        .getInt("count"))
                .isZero();
    }

    // --- the policy ---------------------------------------------------------------------------

    @Test
    default void givenForm_whenTheFileIsOneByteOverTheDeclaredSize_thenRefusedAndNothingArrives() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Big Ltd", "company");
        byte[] pdf = TestFiles.pdfOfSize(2000);
        JsonObject doc = createDocument(t.apiKey(), sr(entity), "passport.pdf", 1999);

        assertThat(upload(doc, Map.of(), pdf)).isEqualTo(400);

        assertThat(documentGet(t.apiKey(), doc.getString("document_id")).getString("upload_status"))
                .isEqualTo("PENDING");
    }

    @Test
    default void givenForm_whenTheContentTypeFieldIsChanged_thenRefusedAndNothingArrives() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Type Ltd", "company");
        byte[] pdf = TestFiles.pdf("typed");
        JsonObject doc = createDocument(t.apiKey(), sr(entity), "passport.pdf", pdf.length);

        assertThat(upload(doc, Map.of("Content-Type", "application/x-msdownload"), pdf))
                .isEqualTo(403);

        assertThat(documentGet(t.apiKey(), doc.getString("document_id")).getString("upload_status"))
                .isEqualTo("PENDING");
    }

    @Test
    default void givenExpiredForm_whenPosted_thenRefused_andTheUploadIsCleanedUpAsFailed() throws Exception {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Late Ltd", "company");
        byte[] pdf = TestFiles.pdf("late");
        JsonObject doc = createDocument(t.apiKey(), sr(entity), "passport.pdf", pdf.length);
        Thread.sleep(TTL.toMillis() + 1500);

        assertThat(upload(doc, Map.of(), pdf)).isEqualTo(403);

        JsonObject failed = awaitDocument(
                t.apiKey(),
                doc.getString("document_id"),
                d -> !"PENDING".equals(d.getString("upload_status")),
                TTL.plusSeconds(20));
        assertThat(failed.getString("upload_status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure_reason")).isEqualTo("The upload URL expired before a file arrived.");
    }

    @Test
    default void givenExecutableDisguisedAsPdf_whenUploaded_thenFailedWithAReasonAndNeverServed() throws Exception {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Forged Ltd", "company");
        byte[] exe = TestFiles.windowsExecutable();
        JsonObject doc = createDocument(t.apiKey(), sr(entity), "passport.pdf", exe.length);

        // the policy only fixes size and the Content-Type field: the storage takes it
        assertThat(upload(doc, Map.of(), exe)).isEqualTo(204);

        JsonObject got = awaitDocument(
                t.apiKey(),
                doc.getString("document_id"),
                d -> !"PENDING".equals(d.getString("upload_status")),
                Duration.ofSeconds(20));
        assertThat(got.getString("upload_status")).isEqualTo("FAILED");
        assertThat(got.getString("failure_reason")).isEqualTo("The uploaded file's content is not PDF.");
        String uuid = uuidOf("d_", doc.getString("document_id"));
        assertThat(api().get("/api/v1/entities/" + entity + "/documents/" + uuid + "/", t.apiKey())
                        .status())
                .isEqualTo(404);
    }

    // --- bad input ----------------------------------------------------------------------------

    @Test
    default void givenBadDocumentCreateRequests_then400NamingTheProblemAndNothingCreated() {
        var t = api().newTenant();
        String subject = sr(api().createEntity(t.apiKey(), "Strict Ltd", "company"));
        String ok = "\"subject_record_id\": \"" + subject + "\"";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{" + ok + ", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 10, \"colour\": \"red\"}", "colour");
        cases.put("{" + ok + ", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": \"10\"}", "file_size_in_bytes");
        cases.put("{" + ok + ", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 1.5}", "file_size_in_bytes");
        cases.put("{" + ok + ", \"file_name\": 7, \"file_size_in_bytes\": 10}", "file_name");
        cases.put("{\"file_name\": \"a.pdf\", \"file_size_in_bytes\": 10}", "subject_record_id");
        cases.put(
                "{\"subject_record_id\": \"sr_nope\", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 10}",
                "subject_record_id");
        cases.put("{" + ok + ", \"file_name\": \"setup.exe\", \"file_size_in_bytes\": 10}", "file_name");
        cases.put("{" + ok + ", \"file_name\": \"passport\", \"file_size_in_bytes\": 10}", "file_name");
        cases.put("{" + ok + ", \"file_size_in_bytes\": 10}", "file_name");
        cases.put("{" + ok + ", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 0}", "file_size_in_bytes");
        cases.put("{" + ok + ", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 10485761}", "file_size_in_bytes");
        cases.put("{" + ok + ", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": -5}", "file_size_in_bytes");
        cases.forEach((body, field) ->
                assertError(rpcOutsideContract("document.create", t.apiKey(), body), 400, "invalid_request", field));
        assertError(rpcOutsideContract("document.create", t.apiKey(), "{not json"), 400, "invalid_request", null);
        assertError(rpcOutsideContract("document.create", t.apiKey(), "[1]"), 400, "invalid_request", null);

        Resp tooLarge = rpcOutsideContract(
                "document.create",
                t.apiKey(),
                "{" + ok + ", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 10485761}");
        assertThat(tooLarge.json()
                        .getJsonObject("error")
                        .getJsonObject("fields")
                        .getJsonArray("file_size_in_bytes")
                        .getString(0))
                .isEqualTo("File size exceeds maximum allowed size of 10MB");
        Resp exactlyTen = rpc(
                "document.create",
                t.apiKey(),
                "{" + ok + ", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 10485760}");
        assertThat(exactlyTen.status()).as(exactlyTen.toString()).isEqualTo(200);
        long rows = directUploadRows(t.tenantId());
        if (rows >= 0) {
            assertThat(rows).as("only the valid request created an upload").isEqualTo(1);
        }
    }

    @Test
    default void givenAnotherTenantsIds_thenTheyAnswerExactlyLikeMissingOnes() {
        var owner = api().newTenant();
        var other = api().newTenant();
        String entity = api().createEntity(owner.apiKey(), "Owner Ltd", "company");
        JsonObject doc = createDocument(owner.apiKey(), sr(entity), "passport.pdf", 100);
        String missingDoc = PrefixedIds.encode("d_", UUID.randomUUID());
        String missingSubject = PrefixedIds.encode("sr_", UUID.randomUUID());

        Resp foreignDoc =
                rpc("document.get", other.apiKey(), "{\"document_id\": \"" + doc.getString("document_id") + "\"}");
        Resp absentDoc = rpc("document.get", other.apiKey(), "{\"document_id\": \"" + missingDoc + "\"}");
        assertThat(foreignDoc.status()).isEqualTo(404);
        assertThat(foreignDoc.text()).isEqualTo(absentDoc.text());

        String create = "{\"subject_record_id\": \"%s\", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 10}";
        Resp foreignSubject = rpc("document.create", other.apiKey(), create.formatted(sr(entity)));
        Resp absentSubject = rpc("document.create", other.apiKey(), create.formatted(missingSubject));
        assertThat(foreignSubject.status()).isEqualTo(404);
        assertThat(foreignSubject.text())
                .isEqualTo(absentSubject.text())
                .isEqualTo("{\"error\":{\"type\":\"not_found\",\"message\":\"No such subject record.\"}}");
        assertThat(rpcOutsideContract("document.get", null, "{\"document_id\": \"" + missingDoc + "\"}")
                        .status())
                .isEqualTo(401);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
