package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Entity erasure and legal holds over HTTP on PostgreSQL + S3: after the 204 nothing of the entity
 * answers on any surface, its objects are gone from the bucket, its data key and stored idempotent
 * answers from the database, one event remains; a hold refuses each deletion with the contract's body.
 */
interface ErasureApiTests extends ApiTest {
    String ENTITY_HELD =
            "{\"error\":\"Cannot delete entity.\",\"details\":{\"reason\":\"This entity is under legal hold.\"}}";
    String DOCUMENT_HELD =
            "{\"error\":\"Cannot delete document.\",\"details\":{\"reason\":\"This document is under legal hold.\"}}";

    private String uploadTo(String path, String key, String name) {
        Resp up = api().upload(path, key, Map.of("document_type", "Passport"), name, TestFiles.pdf(name));
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        return up.json().getString("id");
    }

    private String newResponse(String key, String entity) {
        Resp r = api().postJson(
                        "/api/v1/responses/",
                        key,
                        "{\"entity_id\": \"" + entity + "\", \"file_questions\": [{\"id\": 1, \"document_type\":"
                                + " \"Passport\"}]}");
        ApiClient.check(r, 201);
        return r.json().getString("id");
    }

    private JsonObject answer(String key, String response) {
        Resp up = api().upload(
                        "/api/v1/responses/" + response + "/documents/upload/",
                        key,
                        Map.of("document_type", "Passport", "file_question_id", "1"),
                        "jane_roe_passport.pdf",
                        TestFiles.pdf("answer"));
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        return up.json();
    }

    private Resp createEntityWithKey(String bearer, String idempotencyKey) {
        return api().send(
                        "POST",
                        "/api/v1/entities/",
                        bearer,
                        "application/json",
                        "{\"name\": \"Jane Roe\", \"entity_type\": \"individual\"}".getBytes(StandardCharsets.UTF_8),
                        "Idempotency-Key",
                        idempotencyKey);
    }

    @Test
    default void givenEntityWithDocumentsResponseLinkAndReplay_whenErasedOnV1_thenAllOfItIsGone() throws Exception {
        var t = api().newTenant();
        String idempotencyKey = "erase-" + UUID.randomUUID();
        Resp created = createEntityWithKey(t.apiKey(), idempotencyKey);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String entity = created.json().getString("id");
        String document = uploadTo("/api/v1/entities/" + entity + "/documents/upload/", t.apiKey(), "jane.pdf");
        String library = uploadTo("/api/v1/documents/upload/", t.apiKey(), "policy.pdf");
        String response = newResponse(t.apiKey(), entity);
        JsonObject attachment = answer(t.apiKey(), response);
        String link = api().get("/api/v1/entities/" + entity + "/documents/" + document + "/download/", t.apiKey())
                .json()
                .getString("download_url");
        String prefix = "tenants/" + t.tenantId() + "/";
        assertThat(S3ProxyLauncher.keys(EncryptionApiTests.BUCKET, prefix)).hasSize(3);
        String libraryKey = column("SELECT storage_key FROM document WHERE id = ?", library);

        Resp erased = api().delete("/api/v1/entities/" + entity + "/", t.apiKey());

        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        assertThat(erased.body()).isEmpty();
        List<String> gone = new ArrayList<>(List.of(
                "/api/v1/entities/" + entity + "/",
                "/api/v2/entities/" + entity + "/",
                "/api/v1/entities/" + entity + "/documents/",
                "/api/v1/entities/" + entity + "/documents/" + document + "/",
                "/api/v2/entities/" + entity + "/documents/",
                "/api/v1/responses/" + response + "/",
                "/api/v1/responses/" + response + "/documents/",
                "/api/v2/questionnaire-responses/" + response + "/",
                "/v1/businesses/" + entity + "/documents"));
        for (String path : gone) {
            assertThat(api().get(path, t.apiKey()).status()).as(path).isEqualTo(404);
        }
        assertThat(api().get(link, null).status()).as("the link").isEqualTo(404);
        assertThat(api().delete("/api/v1/entities/" + entity + "/", t.apiKey()).status())
                .isEqualTo(404);
        assertThat(S3ProxyLauncher.keys(EncryptionApiTests.BUCKET, prefix)).containsExactly(libraryKey);
        assertThat(api().get("/api/v1/documents/" + library + "/", t.apiKey()).status())
                .isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM data_key WHERE entity_id = ?", entity))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM pending_object_deletion WHERE storage_key LIKE '%" + t.tenantId() + "%'",
                        null))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM document WHERE id = ?",
                        attachment.getJsonObject("document").getString("id")))
                .isZero();
        // the stored answer went with the entity: the same request creates a new one
        Resp replay = createEntityWithKey(t.apiKey(), idempotencyKey);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(201);
        assertThat(replay.json().getString("id")).isNotEqualTo(entity);
        assertThat(column("SELECT action FROM audit_event WHERE entity_id = ?", entity))
                .isEqualTo("ENTITY_ERASED");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE entity_id = ?", entity))
                .isEqualTo(1);
        String detail = column("SELECT detail FROM audit_event WHERE entity_id = ?", entity);
        assertThat(detail).contains("documents=2").doesNotContain("Jane").doesNotContain(".pdf");
    }

    @Test
    default void givenCopyOfAnEntitysObject_whenEntityErased_thenNoKeyLeftCanDecryptIt() throws Exception {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Jane Roe", "individual");
        String document = uploadTo("/api/v1/entities/" + entity + "/documents/upload/", t.apiKey(), "jane.pdf");
        uploadTo("/api/v1/documents/upload/", t.apiKey(), "policy.pdf"); // the library's key stays
        String storageKey = column("SELECT storage_key FROM document WHERE id = ?", document);
        StoredCopy copy = new StoredCopy(
                t.tenantId(),
                document,
                S3ProxyLauncher.objects(EncryptionApiTests.BUCKET, storageKey).get(storageKey));
        List<StoredCopy.DataKeyRow> before = dataKeys(t.tenantId());
        String entityKeyId = column("SELECT id FROM data_key WHERE entity_id = ?", entity);
        StoredCopy.DataKeyRow entityKey = before.stream()
                .filter(k -> k.id().equals(entityKeyId))
                .findFirst()
                .orElseThrow();
        assertThat(copy.openWith(entityKey))
                .as("the copy, opened before erasure")
                .isEqualTo(TestFiles.pdf("jane.pdf"));

        assertThat(api().delete("/api/v1/entities/" + entity + "/", t.apiKey()).status())
                .isEqualTo(204);

        List<StoredCopy.DataKeyRow> after = dataKeys(t.tenantId());
        assertThat(after).hasSize(before.size() - 1).doesNotContain(entityKey);
        for (StoredCopy.DataKeyRow left : after) {
            assertThatThrownBy(() -> copy.openWith(left))
                    .as("the copy under key %s", left.id())
                    .isNotNull();
        }
    }

    @Test
    default void givenEntity_whenErasedOnV2_then204AndNotFoundAfter_andOthersCannotErase() {
        var t = api().newTenant();
        var stranger = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme Ltd", "company");
        uploadTo("/api/v1/entities/" + entity + "/documents/upload/", t.apiKey(), "deed.pdf");
        String reviewer = api().createKey(t.tenantId(), "reviewer@example.com", "review");

        assertThat(api().delete("/api/v2/entities/" + entity + "/", stranger.apiKey())
                        .status())
                .isEqualTo(404);
        assertThat(api().delete("/api/v2/entities/" + entity + "/", reviewer).status())
                .isEqualTo(403);
        assertThat(api().get("/api/v2/entities/" + entity + "/", t.apiKey()).status())
                .isEqualTo(200);

        Resp erased = api().delete("/api/v2/entities/" + entity + "/", t.apiKey());

        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        assertThat(api().get("/api/v2/entities/" + entity + "/", t.apiKey()).status())
                .isEqualTo(404);
        assertThat(S3ProxyLauncher.keys(EncryptionApiTests.BUCKET, "tenants/" + t.tenantId() + "/"))
                .isEmpty();
    }

    @Test
    default void givenHeldEntity_whenErasedOrItsDocumentDeleted_then409UntilTheHoldIsLifted() {
        var t = api().newTenant("documents", "legal_hold");
        String entity = api().createEntity(t.apiKey(), "Acme Ltd", "company");
        String document = uploadTo("/api/v1/entities/" + entity + "/documents/upload/", t.apiKey(), "deed.pdf");
        String hold = "/api/v1/entities/" + entity + "/legal-hold/";

        Resp placed = api().postJson(hold, t.apiKey(), "{\"reason\": \"Investigation 2026-17\"}");

        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        JsonObject body = placed.json();
        assertThat(body.keySet()).containsExactly("reason", "placed_at", "placed_by");
        assertThat(body.getString("reason")).isEqualTo("Investigation 2026-17");
        assertThat(body.getString("placed_by")).isEqualTo(t.email());
        assertThat(api().get(hold, t.apiKey()).json()).isEqualTo(body);
        Resp erase = api().delete("/api/v1/entities/" + entity + "/", t.apiKey());
        assertThat(erase.status()).isEqualTo(409);
        assertThat(erase.text()).isEqualTo(ENTITY_HELD);
        Resp delete = api().delete("/api/v1/entities/" + entity + "/documents/" + document + "/", t.apiKey());
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.text()).isEqualTo(DOCUMENT_HELD);
        assertThat(api().get("/api/v1/entities/" + entity + "/documents/" + document + "/", t.apiKey())
                        .status())
                .isEqualTo(200);

        assertThat(api().delete(hold, t.apiKey()).status()).isEqualTo(204);
        assertThat(api().get(hold, t.apiKey()).status()).isEqualTo(404);
        assertThat(api().delete("/api/v1/entities/" + entity + "/", t.apiKey()).status())
                .isEqualTo(204);
    }

    @Test
    default void givenHeldDocuments_whenDeletedDirectlyOrThroughTheResponse_then409() {
        var t = api().newTenant("documents", "legal_hold");
        String library = uploadTo("/api/v1/documents/upload/", t.apiKey(), "policy.pdf");
        String entity = api().createEntity(t.apiKey(), "Acme Ltd", "company");
        String response = newResponse(t.apiKey(), entity);
        JsonObject attachment = answer(t.apiKey(), response);
        String answered = attachment.getJsonObject("document").getString("id");
        for (String id : List.of(library, answered)) {
            Resp placed = api().postJson("/api/v1/documents/" + id + "/legal-hold/", t.apiKey(), "{\"reason\": \"x\"}");
            assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        }

        Resp direct = api().delete("/api/v1/documents/" + library + "/", t.apiKey());
        Resp detach = api().delete(
                        "/api/v1/responses/" + response + "/documents/" + attachment.getString("attachment_id") + "/",
                        t.apiKey());
        Resp erase = api().delete("/api/v1/entities/" + entity + "/", t.apiKey());

        assertThat(direct.status()).isEqualTo(409);
        assertThat(direct.text()).isEqualTo(DOCUMENT_HELD);
        assertThat(detach.status()).isEqualTo(409);
        assertThat(detach.text()).isEqualTo(DOCUMENT_HELD);
        assertThat(erase.status()).isEqualTo(409);
        assertThat(erase.text()).isEqualTo(ENTITY_HELD);
        assertThat(api().get("/api/v1/responses/" + response + "/documents/", t.apiKey())
                        .jsonArray())
                .hasSize(1);

        assertThat(api().delete("/api/v1/documents/" + library + "/legal-hold/", t.apiKey())
                        .status())
                .isEqualTo(204);
        assertThat(api().delete("/api/v1/documents/" + library + "/", t.apiKey())
                        .status())
                .isEqualTo(204);
    }

    @Test
    default void givenKeyWithoutLegalHoldScopeOrBadBody_whenHoldPlaced_thenRefusedAndNothingHeld() {
        var t = api().newTenant("documents", "legal_hold");
        String documentsOnly = api().createKey(t.tenantId(), "docs@example.com", "documents");
        String entity = api().createEntity(t.apiKey(), "Acme Ltd", "company");
        String hold = "/api/v1/entities/" + entity + "/legal-hold/";

        assertThat(api().postJson(hold, documentsOnly, "{\"reason\": \"x\"}").status())
                .isEqualTo(403);
        // bodies the document does not allow: only the answers are checked
        Resp blank = api().outsideContract().postJson(hold, t.apiKey(), "{\"reason\": \"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().getJsonArray("reason").getString(0)).isEqualTo("This field is required.");
        assertThat(api().outsideContract()
                        .postJson(hold, t.apiKey(), "{\"why\": \"x\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api().postJson(
                                "/api/v1/entities/" + UUID.randomUUID() + "/legal-hold/",
                                t.apiKey(),
                                "{\"reason\": \"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api().get(hold, t.apiKey()).status()).isEqualTo(404);
        assertThat(api().delete("/api/v1/entities/" + entity + "/", t.apiKey()).status())
                .isEqualTo(204);
    }

    private static List<StoredCopy.DataKeyRow> dataKeys(String tenantId) throws SQLException {
        List<StoredCopy.DataKeyRow> keys = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(
                        System.getenv("DOSSIER_DB_URL"),
                        System.getenv("DOSSIER_DB_USER"),
                        System.getenv("DOSSIER_DB_PASSWORD"));
                PreparedStatement s =
                        c.prepareStatement("SELECT id, master_key_id, wrapped_key FROM data_key WHERE tenant_id = ?")) {
            s.setObject(1, UUID.fromString(tenantId));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(new StoredCopy.DataKeyRow(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return keys;
    }

    private static long count(String sql, String id) throws SQLException {
        String value = column(sql, id);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String column(String sql, String id) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        System.getenv("DOSSIER_DB_URL"),
                        System.getenv("DOSSIER_DB_USER"),
                        System.getenv("DOSSIER_DB_PASSWORD"));
                PreparedStatement s = c.prepareStatement(sql)) {
            if (id != null) {
                s.setObject(1, UUID.fromString(id));
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
