package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on every create and upload: replay, conflicts, per-tenant keys, races. */
interface IdempotencyApiTests extends ApiTest {
    String IN_FLIGHT = "A request with this Idempotency-Key is still being processed. Retry once it has finished.";
    String DIFFERENT =
            "This Idempotency-Key was already used for a different request. Use a new key for a new request.";

    // ---- helpers: requests with extra headers, multipart built by hand with a chosen boundary ----

    private Resp send(String method, String path, String bearer, String contentType, byte[] body, String... headers) {
        return api().send(method, path, bearer, contentType, body, headers);
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((k, v) -> out.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private Resp upload(
            String path, String bearer, String key, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----idem" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = multipart(boundary, fields, fileName, content);
        String type = "multipart/form-data; boundary=" + boundary;
        return key == null
                ? send("POST", path, bearer, type, body)
                : send("POST", path, bearer, type, body, "Idempotency-Key", key);
    }

    private Resp invalidKeyUpload(String bearer, String key, byte[] content) {
        String boundary = "----idem" + UUID.randomUUID().toString().replace("-", "");
        return api().outsideContract()
                .send(
                        "POST",
                        "/api/v1/documents/upload/",
                        bearer,
                        "multipart/form-data; boundary=" + boundary,
                        multipart(boundary, Map.of("document_type", "Bank Statement"), "a.pdf", content),
                        "Idempotency-Key",
                        key);
    }

    private Resp uploadTenant(String bearer, String key, String fileName, byte[] content) {
        return upload(
                "/api/v1/documents/upload/", bearer, key, Map.of("document_type", "Bank Statement"), fileName, content);
    }

    private Resp createEntity(String bearer, String key, String json) {
        return send(
                "POST",
                "/api/v1/entities/",
                bearer,
                "application/json",
                json.getBytes(StandardCharsets.UTF_8),
                "Idempotency-Key",
                key);
    }

    private int tenantDocumentCount(String bearer) {
        return api().get("/api/v1/documents/", bearer).json().getInt("count");
    }

    private static String newKey() {
        return "idem-" + UUID.randomUUID();
    }

    private static JsonObject detail(String message) {
        return Json.createObjectBuilder().add("detail", message).build();
    }

    // ---- tests ----

    @Test
    default void givenUploadWithKey_whenRetried_thenTheFirstAnswerIsReplayedByteForByteAndNoSecondDocument() {
        var t = api().newTenant();
        String key = newKey();
        byte[] pdf = TestFiles.pdf("idem-replay");

        Resp first = uploadTenant(t.apiKey(), key, "statement.pdf", pdf);
        Resp retry = uploadTenant(t.apiKey(), key, "statement.pdf", pdf);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Content-Type")).startsWith("application/json");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(first.json().getString("name")).isEqualTo("statement.pdf");
        assertThat(tenantDocumentCount(t.apiKey())).isEqualTo(1);
        assertThat(api().get("/api/v1/documents/" + first.json().getString("id") + "/", t.apiKey())
                        .status())
                .isEqualTo(200);
    }

    @Test
    default void givenEntityUploadRetriedWithAnotherBoundaryAndFieldOrder_whenSent_thenReplayedNotDuplicated() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme Corp Ltd", "company");
        String path = "/api/v1/entities/" + entity + "/documents/upload/";
        String key = newKey();
        byte[] pdf = TestFiles.pdf("idem-boundary");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document_type", "Certificate of Incorporation");
        fields.put("classification", "shared");
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("classification", "shared");
        reordered.put("document_type", "Certificate of Incorporation");

        // as curl would send it, then as Python requests would: a different boundary, other field order
        byte[] curlBody = multipart("------------------------d41d8cd98f00b204", fields, "incorporation.pdf", pdf);
        byte[] requestsBody = multipart("3c5e1f0a9b8d4c2e9f7a6b5c4d3e2f1a", reordered, "incorporation.pdf", pdf);
        Resp first = send(
                "POST",
                path,
                t.apiKey(),
                "multipart/form-data; boundary=------------------------d41d8cd98f00b204",
                curlBody,
                "Idempotency-Key",
                key);
        Resp retry = send(
                "POST",
                path,
                t.apiKey(),
                "multipart/form-data; boundary=3c5e1f0a9b8d4c2e9f7a6b5c4d3e2f1a",
                requestsBody,
                "Idempotency-Key",
                key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(api().get("/api/v1/entities/" + entity + "/documents/", t.apiKey())
                        .json()
                        .getInt("count"))
                .isEqualTo(1);
    }

    @Test
    default void givenKeyUsedForOneFile_whenAnotherFileIsSentWithIt_then422AndNothingCreated() {
        var t = api().newTenant();
        String key = newKey();
        Resp first = uploadTenant(t.apiKey(), key, "statement.pdf", TestFiles.pdf("one"));

        Resp other = uploadTenant(t.apiKey(), key, "statement.pdf", TestFiles.pdf("two"));
        Resp renamed = uploadTenant(t.apiKey(), key, "statement-2.pdf", TestFiles.pdf("one"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json()).isEqualTo(detail(DIFFERENT));
        assertThat(other.header("Idempotent-Replayed")).isNull();
        assertThat(renamed.status()).isEqualTo(422);
        assertThat(renamed.json()).isEqualTo(detail(DIFFERENT));
        assertThat(tenantDocumentCount(t.apiKey())).isEqualTo(1);
        // the original answer is still replayed
        Resp again = uploadTenant(t.apiKey(), key, "statement.pdf", TestFiles.pdf("one"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    default void givenEntityCreatedWithKey_whenResentWithOtherKeyOrderAndSpacing_thenReplayed_andADifferentBodyIs422() {
        var t = api().newTenant();
        String key = newKey();

        Resp first = createEntity(t.apiKey(), key, "{\"name\": \"Jane Doe\", \"entity_type\": \"individual\"}");
        Resp retry = createEntity(t.apiKey(), key, "{\n  \"entity_type\":\"individual\",\n  \"name\":\"Jane Doe\"\n}");
        Resp different = createEntity(t.apiKey(), key, "{\"name\": \"John Doe\", \"entity_type\": \"individual\"}");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.json()).isEqualTo(detail(DIFFERENT));
        assertThat(api().get("/api/v1/entities/", t.apiKey()).json().getInt("count"))
                .isEqualTo(1);
    }

    @Test
    default void givenKeyUsedForAnEntity_whenUsedForAnUpload_then422() {
        var t = api().newTenant();
        String key = newKey();
        assertThat(createEntity(t.apiKey(), key, "{\"name\": \"Acme\", \"entity_type\": \"company\"}")
                        .status())
                .isEqualTo(201);

        Resp upload = uploadTenant(t.apiKey(), key, "a.pdf", TestFiles.pdf("cross-endpoint"));

        assertThat(upload.status()).isEqualTo(422);
        assertThat(upload.json()).isEqualTo(detail(DIFFERENT));
        assertThat(tenantDocumentCount(t.apiKey())).isZero();
    }

    @Test
    default void givenTwoTenants_whenTheyUseTheSameKey_thenEachGetsItsOwnDocument() {
        var a = api().newTenant();
        var b = api().newTenant();
        String key = "shared-key-" + UUID.randomUUID();
        byte[] pdf = TestFiles.pdf("same-file");

        Resp ra = uploadTenant(a.apiKey(), key, "statement.pdf", pdf);
        Resp rb = uploadTenant(b.apiKey(), key, "statement.pdf", pdf);
        Resp rbDifferent = createEntity(b.apiKey(), "entity-" + key, "{\"name\": \"B\", \"entity_type\": \"company\"}");

        assertThat(ra.status()).isEqualTo(201);
        assertThat(rb.status()).isEqualTo(201);
        assertThat(rb.header("Idempotent-Replayed")).isNull();
        assertThat(rb.json().getString("id")).isNotEqualTo(ra.json().getString("id"));
        assertThat(rb.json().getString("uploaded_by_email")).isEqualTo(b.email());
        assertThat(rbDifferent.status()).isEqualTo(201);
        assertThat(tenantDocumentCount(a.apiKey())).isEqualTo(1);
        assertThat(tenantDocumentCount(b.apiKey())).isEqualTo(1);
        // each tenant's retry replays its own answer
        assertThat(uploadTenant(a.apiKey(), key, "statement.pdf", pdf).body()).isEqualTo(ra.body());
        assertThat(uploadTenant(b.apiKey(), key, "statement.pdf", pdf).body()).isEqualTo(rb.body());
    }

    @Test
    default void givenOverLongOrEmptyKey_whenUploaded_then400OnTheHeaderAndNothingCreated() {
        var t = api().newTenant();
        byte[] pdf = TestFiles.pdf("bad-key");

        // keys the document does not allow (too long, blank)
        Resp tooLong = invalidKeyUpload(t.apiKey(), "k".repeat(256), pdf);
        Resp blank = invalidKeyUpload(t.apiKey(), " ", pdf);
        Resp longest = uploadTenant(t.apiKey(), "k".repeat(255), "a.pdf", pdf);

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json())
                .isEqualTo(Json.createObjectBuilder()
                        .add(
                                "Idempotency-Key",
                                Json.createArrayBuilder().add("Ensure this header has no more than 255 characters."))
                        .build());
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().getJsonArray("Idempotency-Key").getString(0))
                .isEqualTo("This header may not be blank.");
        assertThat(longest.status()).as(longest.toString()).isEqualTo(201);
        assertThat(tenantDocumentCount(t.apiKey())).isEqualTo(1);
    }

    @Test
    default void givenRefusedUpload_whenRetriedWithTheSameKey_thenTheSame400IsReplayed() {
        var t = api().newTenant();
        String key = newKey();

        Resp first = uploadTenant(t.apiKey(), key, "setup.pdf", TestFiles.windowsExecutable());
        Resp retry = uploadTenant(t.apiKey(), key, "setup.pdf", TestFiles.windowsExecutable());

        assertThat(first.status()).isEqualTo(400);
        assertThat(first.json().containsKey("file")).isTrue();
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    default void givenNoKey_whenTheSameFileIsUploadedTwice_thenTwoDocuments() {
        var t = api().newTenant();
        byte[] pdf = TestFiles.pdf("no-key");
        assertThat(uploadTenant(t.apiKey(), null, "a.pdf", pdf).status()).isEqualTo(201);
        assertThat(uploadTenant(t.apiKey(), null, "a.pdf", pdf).status()).isEqualTo(201);
        assertThat(tenantDocumentCount(t.apiKey())).isEqualTo(2);
    }

    /**
     * Eight identical uploads under one key at once, each with its own multipart boundary: exactly one
     * document is created, and every answer is that document's 201 (original or replayed) or a 409.
     */
    @Test
    default void givenEightIdenticalUploadsAtOnce_whenSentWithOneKey_thenExactlyOneDocumentAndOnly201Or409()
            throws Exception {
        var t = api().newTenant();
        String key = newKey();
        byte[] pdf = TestFiles.pdfOfSize(2 * 1024 * 1024);
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Resp>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return uploadTenant(t.apiKey(), key, "statement.pdf", pdf);
                }));
            }
            go.countDown();
            List<Resp> answers = new ArrayList<>();
            for (Future<Resp> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }

            assertThat(tenantDocumentCount(t.apiKey())).isEqualTo(1);
            String id = api().get("/api/v1/documents/", t.apiKey())
                    .json()
                    .getJsonArray("documents")
                    .getJsonObject(0)
                    .getString("id");
            for (Resp r : answers) {
                assertThat(r.status()).as(r.toString()).isIn(201, 409);
                if (r.status() == 201) {
                    assertThat(r.json().getString("id")).isEqualTo(id);
                } else {
                    assertThat(r.json()).isEqualTo(detail(IN_FLIGHT));
                    assertThat(r.header("Retry-After")).isEqualTo("1");
                }
            }
            assertThat(answers)
                    .filteredOn(r -> r.status() == 201 && r.header("Idempotent-Replayed") == null)
                    .hasSize(1);
            // once done, a retry replays it
            Resp after = uploadTenant(t.apiKey(), key, "statement.pdf", pdf);
            assertThat(after.status()).isEqualTo(201);
            assertThat(after.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(after.json().getString("id")).isEqualTo(id);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same race for entity creation, whose JSON bodies differ only in spacing. */
    @Test
    default void givenEightIdenticalEntityCreatesAtOnce_whenSentWithOneKey_thenExactlyOneEntity() throws Exception {
        var t = api().newTenant();
        String key = newKey();
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Resp>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String json = "{\"name\":" + " ".repeat(i) + "\"Acme Ltd\", \"entity_type\": \"company\"}";
                futures.add(pool.submit(() -> {
                    go.await();
                    return createEntity(t.apiKey(), key, json);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Resp> f : futures) {
                statuses.add(f.get(120, TimeUnit.SECONDS).status());
            }

            assertThat(statuses).isSubsetOf(201, 409).contains(201);
            assertThat(api().get("/api/v1/entities/", t.apiKey()).json().getInt("count"))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void givenStorageDown_whenUploadedWithKey_then500IsNotKeptAndTheRetrySucceeds() throws Exception {
        var t = api().newTenant();
        String key = newKey();
        byte[] pdf = TestFiles.pdf("idem-outage");
        S3ProxyLauncher.stop();
        Resp failed;
        try {
            failed = uploadTenant(t.apiKey(), key, "a.pdf", pdf);
        } finally {
            S3ProxyLauncher.start();
        }
        Resp retry = uploadTenant(t.apiKey(), key, "a.pdf", pdf);

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().getString("error")).isEqualTo("File upload failed.");
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(tenantDocumentCount(t.apiKey())).isEqualTo(1);
    }
}
