package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Library v2: every tenant document, entity document and entity endpoint with the v2 shapes. */
interface LibraryV2ApiTests extends ApiTest {

    private static List<String> ids(JsonObject list) {
        return list.getJsonArray("results").stream()
                .map(v -> v.asJsonObject().getString("id"))
                .toList();
    }

    @Test
    default void givenV2TenantDocument_whenUploadedListedReadLinkedAndDeleted_thenEachAnswersAsTheReferenceShows() {
        var t = api().newTenant();
        byte[] pdf = TestFiles.pdf("v2-statement");
        Resp up = api().upload(
                        "/api/v2/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Financial Statement"),
                        "financial_statement.pdf",
                        pdf);
        assertThat(up.status()).isEqualTo(201);
        JsonObject d = up.json();
        assertThat(d.keySet())
                .containsExactly(
                        "id",
                        "name",
                        "size",
                        "content_type",
                        "document_type_name",
                        "classification",
                        "uploaded_by_email",
                        "created_at",
                        "expiry_date");
        assertThat(d.getString("classification")).isEqualTo("tenant_private");
        assertThat(d.getString("uploaded_by_email")).isEqualTo(t.email());
        String id = d.getString("id");

        Resp list = api().get("/api/v2/documents/", t.apiKey());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().keySet()).containsExactly("has_more", "next_cursor", "prev_cursor", "results");
        assertThat(list.json().getBoolean("has_more")).isFalse();
        assertThat(list.json().get("next_cursor")).isEqualTo(JsonValue.NULL);
        assertThat(list.json().get("prev_cursor")).isEqualTo(JsonValue.NULL);
        assertThat(list.json().getJsonArray("results")).containsExactly(d);

        assertThat(api().get("/api/v2/documents/" + id + "/", t.apiKey()).json())
                .isEqualTo(d);
        assertThat(api().get("/api/v2/documents/" + id, t.apiKey()).json()).isEqualTo(d);
        assertThat(api().get("/api/v1/documents/" + id + "/", t.apiKey()).json())
                .as("one document, both versions")
                .isEqualTo(d);

        JsonObject link =
                api().get("/api/v2/documents/" + id + "/download/", t.apiKey()).json();
        assertThat(link.keySet()).containsExactly("download_url", "expires_at", "filename", "content_type", "size");
        assertThat(link.getString("download_url")).startsWith(api().baseUrl() + "/api/v1/files/");
        assertThat(link.getString("filename")).isEqualTo("financial_statement.pdf");
        assertThat(link.getInt("size")).isEqualTo(pdf.length);
        Resp bytes = api().get(link.getString("download_url"), null);
        assertThat(bytes.status()).isEqualTo(200);
        assertThat(bytes.body()).isEqualTo(pdf);
        assertThat(api().get(link.getString("download_url"), null).status())
                .as("single use")
                .isEqualTo(404);

        Resp deleted = api().delete("/api/v2/documents/" + id + "/", t.apiKey());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api().get("/api/v2/documents/" + id + "/", t.apiKey()).text())
                .isEqualTo("{\"detail\":\"Not found.\"}");
        assertThat(api().get("/api/v2/documents/", t.apiKey()).json().getJsonArray("results"))
                .isEmpty();
    }

    @Test
    default void givenV2Upload_whenInvalid_thenTheSameFieldErrorsAsV1() {
        var t = api().newTenant();
        Resp exe = api().upload(
                        "/api/v2/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Other"),
                        "x.pdf",
                        TestFiles.windowsExecutable());
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.json().keySet()).containsExactly("file");
        Resp noType = api().upload(
                        "/api/v2/entities/" + api().createEntity(t.apiKey(), "E", "company") + "/documents/",
                        t.apiKey(),
                        Map.of(),
                        "x.pdf",
                        TestFiles.pdf("x"));
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().keySet()).containsExactly("document_type");
        assertThat(api().get("/api/v2/documents/", t.apiKey()).json().getJsonArray("results"))
                .isEmpty();
    }

    @Test
    default void givenEntity_whenDocumentsUploadedByPostToTheListAndListed_thenV2EntityShape() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme Corp Ltd", "company");
        String base = "/api/v2/entities/" + entity + "/documents/";
        Resp up = api().upload(
                        base,
                        t.apiKey(),
                        Map.of("document_type", "Bank Statement"),
                        "bank_statement.pdf",
                        TestFiles.pdf("bank"));
        assertThat(up.status()).isEqualTo(201);
        JsonObject d = up.json();
        assertThat(d.getString("classification")).isEqualTo("entity_private");
        assertThat(d.getString("name")).isEqualTo("bank_statement.pdf");
        String second = api().upload(
                        base,
                        t.apiKey(),
                        Map.of("document_type", "Passport", "classification", "shared"),
                        "passport.pdf",
                        TestFiles.pdf("passport"))
                .json()
                .getString("id");
        assertThat(api().outsideContract()
                        .upload(
                                base + "upload/",
                                t.apiKey(),
                                Map.of("document_type", "Passport"),
                                "p.pdf",
                                TestFiles.pdf("p"))
                        .status())
                .as("v2 has no /upload/ for entities")
                .isIn(404, 405);

        JsonObject list = api().get(base, t.apiKey()).json();
        assertThat(list.keySet())
                .containsExactly(
                        "count", "entity_id", "entity_name", "has_more", "next_cursor", "prev_cursor", "results");
        assertThat(list.getInt("count")).isEqualTo(2);
        assertThat(list.getString("entity_id")).isEqualTo(entity);
        assertThat(list.getString("entity_name")).isEqualTo("Acme Corp Ltd");
        assertThat(list.getBoolean("has_more")).isFalse();
        assertThat(ids(list)).containsExactly(second, d.getString("id"));
        assertThat(list.getJsonArray("results").getJsonObject(1)).isEqualTo(d);

        JsonObject firstPage = api().get(base + "?page_size=1", t.apiKey()).json();
        assertThat(firstPage.getInt("count")).as("count is the whole list's").isEqualTo(2);
        assertThat(ids(firstPage)).containsExactly(second);
        assertThat(firstPage.getBoolean("has_more")).isTrue();
        JsonObject secondPage = api().get(base + "?page_size=1&after=" + firstPage.getString("next_cursor"), t.apiKey())
                .json();
        assertThat(ids(secondPage)).containsExactly(d.getString("id"));
        assertThat(secondPage.getInt("count")).isEqualTo(2);
        assertThat(secondPage.getString("entity_name")).isEqualTo("Acme Corp Ltd");

        JsonObject passports =
                api().get(base + "?document_type=passport", t.apiKey()).json();
        assertThat(passports.getInt("count")).isEqualTo(1);
        assertThat(ids(passports)).containsExactly(second);

        String id = d.getString("id");
        assertThat(api().get(base + id + "/", t.apiKey()).json()).isEqualTo(d);
        assertThat(api().get("/api/v1/entities/" + entity + "/documents/" + id + "/", t.apiKey())
                        .json())
                .isEqualTo(d);
        JsonObject link = api().get(base + id + "/download/", t.apiKey()).json();
        assertThat(link.getString("filename")).isEqualTo("bank_statement.pdf");
        assertThat(api().get(link.getString("download_url"), null).body()).isEqualTo(TestFiles.pdf("bank"));
        assertThat(api().get("/api/v2/documents/" + id + "/", t.apiKey()).status())
                .as("not a library document")
                .isEqualTo(404);

        assertThat(api().delete(base + id + "/", t.apiKey()).status()).isEqualTo(204);
        assertThat(api().get(base + id + "/", t.apiKey()).status()).isEqualTo(404);
        assertThat(api().get(base, t.apiKey()).json().getInt("count")).isEqualTo(1);
    }

    @Test
    default void givenV2Entities_whenCreatedReadAndListed_thenCursorPagesOfEntities() {
        var t = api().newTenant();
        Resp created = api().postJson(
                        "/api/v2/entities/", t.apiKey(), "{\"name\": \"Acme Corp Ltd\", \"entity_type\": \"company\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonObject e = created.json();
        assertThat(e.keySet()).containsExactly("id", "name", "entity_type", "created_at");
        assertThat(api().get("/api/v2/entities/" + e.getString("id") + "/", t.apiKey())
                        .json())
                .isEqualTo(e);
        assertThat(api().get("/api/v1/entities/" + e.getString("id") + "/", t.apiKey())
                        .json())
                .isEqualTo(e);
        String jane = api().postJson(
                        "/api/v2/entities/", t.apiKey(), "{\"name\": \"Jane Doe\", \"entity_type\": \"individual\"}")
                .json()
                .getString("id");
        String v1 = api().createEntity(t.apiKey(), "Via v1", "company");

        JsonObject all = api().get("/api/v2/entities/", t.apiKey()).json();
        assertThat(all.keySet()).containsExactly("has_more", "next_cursor", "prev_cursor", "results");
        assertThat(ids(all)).containsExactly(v1, jane, e.getString("id"));
        assertThat(all.getJsonArray("results").getJsonObject(2)).isEqualTo(e);

        JsonObject p1 = api().get("/api/v2/entities/?page_size=2", t.apiKey()).json();
        assertThat(ids(p1)).containsExactly(v1, jane);
        assertThat(p1.getBoolean("has_more")).isTrue();
        assertThat(p1.get("prev_cursor")).isEqualTo(JsonValue.NULL);
        JsonObject p2 = api().get("/api/v2/entities/?page_size=2&after=" + p1.getString("next_cursor"), t.apiKey())
                .json();
        assertThat(ids(p2)).containsExactly(e.getString("id"));
        assertThat(p2.getBoolean("has_more")).isFalse();
        assertThat(p2.get("next_cursor")).isEqualTo(JsonValue.NULL);
        JsonObject back = api().get("/api/v2/entities/?page_size=2&before=" + p2.getString("prev_cursor"), t.apiKey())
                .json();
        assertThat(ids(back)).containsExactly(v1, jane);
        assertThat(back.getBoolean("has_more")).isFalse();

        Resp invalid =
                api().outsideContract().postJson("/api/v2/entities/", t.apiKey(), "{\"entity_type\": \"trust\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().keySet()).containsExactlyInAnyOrder("name", "entity_type");
        Resp badCursor = api().get(
                        "/api/v2/entities/?after=" + p1.getString("next_cursor").substring(1), t.apiKey());
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.text()).isEqualTo("{\"after\":[\"Invalid cursor.\"]}");
        assertThat(api().outsideContract()
                        .get("/api/v2/entities/not-a-uuid/", t.apiKey())
                        .status())
                .isEqualTo(404);
    }

    @Test
    default void givenNoKeyOrAKeyWithoutTheDocumentsScope_whenV2Called_then401Or403() {
        var reviewer = api().newTenant("review");
        for (String path : List.of("/api/v2/documents/", "/api/v2/entities/")) {
            Resp anonymous = api().get(path, null);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.text()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
            assertThat(api().get(path, "not-a-key").status()).isEqualTo(401);
            Resp forbidden = api().get(path, reviewer.apiKey());
            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.text())
                    .isEqualTo("{\"detail\":\"You do not have permission to perform this action.\"}");
        }
    }

    @Test
    default void givenRunningServer_whenOpenApiFetched_thenEveryV2EndpointAndItsCursorParametersAreDescribed() {
        Resp r = api().send("GET", "/openapi", null, null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text())
                .contains(
                        "/api/v2/documents/upload/",
                        "/api/v2/documents/{documentId}/",
                        "/api/v2/documents/{documentId}/download/",
                        "/api/v2/entities/{entityId}/documents/",
                        "/api/v2/entities/{entityId}/documents/{documentId}/download/",
                        "/api/v2/entities/{entityId}/",
                        "page_size",
                        "next_cursor",
                        "prev_cursor",
                        "has_more");
        assertThat(r.text()).doesNotContain("nextCursor", "hasMore");
    }
}
