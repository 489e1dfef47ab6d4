package dev.dossier.adapters.rest.library.v2;

import static dev.dossier.adapters.rest.harness.RestHarness.PUBLIC_URL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Multipart;
import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import dev.dossier.application.fakes.Fixtures;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Library v2 in process: the same use cases as v1 with cursor pages and v2 paths. */
class LibraryV2ApiTest {
    private static final String NOT_FOUND = "404 {\"detail\":\"Not found.\"}";

    @RegisterExtension
    static final RestHarness api = new RestHarness();

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("id"))
                .toList();
    }

    private static Multipart document(String type, String fileName) {
        return Multipart.form().field("document_type", type).file("file", fileName, Fixtures.pdf());
    }

    @Nested
    class TenantDocuments {
        @Test
        void givenV2Upload_thenTheV1DocumentObject_readableThroughBothVersions() {
            var t = api.newTenant();

            Resp up = api.post("/api/v2/documents/upload/", t.apiKey(), document("Financial Statement", "fs.pdf"));

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
            String id = d.getString("id");
            assertThat(api.get("/api/v2/documents/" + id + "/", t.apiKey()).json())
                    .isEqualTo(d);
            assertThat(api.get("/api/v1/documents/" + id + "/", t.apiKey()).json())
                    .isEqualTo(d);
        }

        @Test
        void givenDocuments_whenListed_thenOneCursorPage() {
            var t = api.newTenant();
            String a = api.newTenantDocument(t.apiKey(), "a.pdf", Fixtures.pdf(), "Other");

            JsonObject page = api.get("/api/v2/documents/", t.apiKey()).json();

            assertThat(page.keySet()).containsExactly("has_more", "next_cursor", "prev_cursor", "results");
            assertThat(page.getBoolean("has_more")).isFalse();
            assertThat(page.get("next_cursor")).isEqualTo(JsonValue.NULL);
            assertThat(page.get("prev_cursor")).isEqualTo(JsonValue.NULL);
            assertThat(ids(page)).containsExactly(a);
        }

        @Test
        void givenMoreThanAPage_whenWalkedWithTheCursors_thenEveryDocumentOnceNewestFirst() {
            var t = api.newTenant();
            String a = api.newTenantDocument(t.apiKey(), "a.pdf", Fixtures.pdf(), "Other");
            api.tick();
            String b = api.newTenantDocument(t.apiKey(), "b.pdf", Fixtures.pdf(), "Other");
            api.tick();
            String c = api.newTenantDocument(t.apiKey(), "c.pdf", Fixtures.pdf(), "Other");

            JsonObject first =
                    api.get("/api/v2/documents/?page_size=2", t.apiKey()).json();
            JsonObject second = api.get(
                            "/api/v2/documents/?page_size=2&after=" + first.getString("next_cursor"), t.apiKey())
                    .json();
            JsonObject back = api.get(
                            "/api/v2/documents/?page_size=2&before=" + second.getString("prev_cursor"), t.apiKey())
                    .json();

            assertThat(ids(first)).containsExactly(c, b);
            assertThat(first.getBoolean("has_more")).isTrue();
            assertThat(ids(second)).containsExactly(a);
            assertThat(second.getBoolean("has_more")).isFalse();
            assertThat(ids(back)).containsExactly(c, b);
        }

        @Test
        void givenBadPagingParameters_then400FieldMaps() {
            var t = api.newTenant();

            assertThat(api.get("/api/v2/documents/?page_size=101", t.apiKey()).toString())
                    .isEqualTo("400 {\"page_size\":[\"Ensure this value is less than or equal to 100.\"]}");
            assertThat(api.get("/api/v2/documents/?after=forged", t.apiKey()).toString())
                    .isEqualTo("400 {\"after\":[\"Invalid cursor.\"]}");
            Resp both = api.get("/api/v2/documents/?after=x&before=y", t.apiKey());
            assertThat(both.status()).isEqualTo(400);
            assertThat(both.json().keySet()).containsExactlyInAnyOrder("after", "before");
        }

        @Test
        void givenACursorOfAnotherList_then400() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");
            api.newTenantDocument(t.apiKey(), "a.pdf", Fixtures.pdf(), "Other");
            api.tick();
            api.newTenantDocument(t.apiKey(), "b.pdf", Fixtures.pdf(), "Other");
            String cursor =
                    api.get("/api/v2/documents/?page_size=1", t.apiKey()).json().getString("next_cursor");

            assertThat(api.get("/api/v2/entities/" + entity + "/documents/?after=" + cursor, t.apiKey())
                            .toString())
                    .isEqualTo("400 {\"after\":[\"Invalid cursor.\"]}");
        }

        @Test
        void givenDocument_whenLinkedAndDeleted_thenTheV1LinkAnd204() {
            var t = api.newTenant();
            String id = api.newTenantDocument(t.apiKey(), "x.pdf", Fixtures.pdf(), "Other");

            JsonObject link = api.get("/api/v2/documents/" + id + "/download/", t.apiKey())
                    .json();
            Resp deleted = api.delete("/api/v2/documents/" + id + "/", t.apiKey());

            assertThat(link.keySet()).containsExactly("download_url", "expires_at", "filename", "content_type", "size");
            assertThat(link.getString("download_url")).startsWith(PUBLIC_URL + "/api/v1/files/");
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(api.get("/api/v2/documents/" + id + "/", t.apiKey()).toString())
                    .isEqualTo(NOT_FOUND);
        }
    }

    @Nested
    class Entities {
        @Test
        void givenEntity_whenCreatedAndListed_thenACursorPageOfEntities() {
            var t = api.newTenant();

            Resp created = api.postJson(
                    "/api/v2/entities/", t.apiKey(), "{\"name\": \"Jane Doe\", \"entity_type\": \"individual\"}");
            JsonObject page = api.get("/api/v2/entities/", t.apiKey()).json();

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().keySet()).containsExactly("id", "name", "entity_type", "created_at");
            assertThat(created.json().getString("entity_type")).isEqualTo("individual");
            assertThat(page.keySet()).containsExactly("has_more", "next_cursor", "prev_cursor", "results");
            assertThat(page.getJsonArray("results")).containsExactly(created.json());
            assertThat(api.get("/api/v2/entities/" + created.json().getString("id") + "/", t.apiKey())
                            .json())
                    .isEqualTo(created.json());
        }

        @Test
        void givenBadEntity_then400_andAnotherTenantsEntityIs404() {
            var t = api.newTenant();
            var other = api.newTenant();
            String theirs = api.newEntity(other.apiKey(), "Theirs");

            Resp unknown = api.postJson(
                    "/api/v2/entities/", t.apiKey(), "{\"name\": \"A\", \"entity_type\": \"company\", \"x\": 1}");

            assertThat(unknown.toString()).isEqualTo("400 {\"x\":[\"Unknown field.\"]}");
            assertThat(api.get("/api/v2/entities/" + theirs + "/", t.apiKey()).toString())
                    .isEqualTo(NOT_FOUND);
        }
    }

    @Nested
    class EntityDocuments {
        @Test
        void givenEntity_whenDocumentsPostedToTheListAndListed_thenTheV2EntityShape() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme Corp Ltd");
            String base = "/api/v2/entities/" + entity + "/documents/";

            Resp up = api.post(base, t.apiKey(), document("Bank Statement", "bank.pdf"));
            api.tick();
            String second = api.post(
                            base,
                            t.apiKey(),
                            Multipart.form()
                                    .field("document_type", "Passport")
                                    .field("classification", "shared")
                                    .file("file", "passport.pdf", Fixtures.pdf()))
                    .json()
                    .getString("id");
            JsonObject page = api.get(base + "?page_size=1", t.apiKey()).json();

            assertThat(up.status()).isEqualTo(201);
            assertThat(up.json().getString("classification")).isEqualTo("entity_private");
            assertThat(page.keySet())
                    .containsExactly(
                            "count", "entity_id", "entity_name", "has_more", "next_cursor", "prev_cursor", "results");
            assertThat(page.getInt("count")).isEqualTo(2);
            assertThat(page.getString("entity_id")).isEqualTo(entity);
            assertThat(page.getString("entity_name")).isEqualTo("Acme Corp Ltd");
            assertThat(page.getBoolean("has_more")).isTrue();
            assertThat(ids(page)).containsExactly(second);
        }

        @Test
        void givenEntityDocument_whenReadLinkedAndDeleted_thenEachAnswers() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");
            String doc = api.newEntityDocument(
                    t.apiKey(), entity, "p.pdf", Fixtures.pdf(), Map.of("document_type", "Passport"));
            String base = "/api/v2/entities/" + entity + "/documents/" + doc + "/";

            assertThat(api.get(base, t.apiKey()).json().getString("id")).isEqualTo(doc);
            assertThat(api.get(base + "download/", t.apiKey()).json().getString("filename"))
                    .isEqualTo("p.pdf");
            assertThat(api.delete(base, t.apiKey()).status()).isEqualTo(204);
            assertThat(api.get(base, t.apiKey()).toString()).isEqualTo(NOT_FOUND);
        }

        @Test
        void givenNoDocumentType_then400_andAnUnknownEntityIs404() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "E");

            Resp noType = api.post(
                    "/api/v2/entities/" + entity + "/documents/",
                    t.apiKey(),
                    Multipart.form().file("file", "x.pdf", Fixtures.pdf()));
            Resp unknown = api.get("/api/v2/entities/" + UUID.randomUUID() + "/documents/", t.apiKey());

            assertThat(noType.status()).isEqualTo(400);
            assertThat(noType.json().keySet()).containsExactly("document_type");
            assertThat(unknown.toString()).isEqualTo(NOT_FOUND);
        }
    }

    @Nested
    class QuestionnaireResponses {
        private String newResponse(String key, String entity) {
            return Resp.check(
                            api.postJson(
                                    "/api/v2/questionnaire-responses/",
                                    key,
                                    "{\"entity_id\": \"" + entity + "\", \"file_questions\": ["
                                            + "{\"id\": 1, \"document_type\": \"Bank Statement\"}]}"),
                            201)
                    .json()
                    .getString("id");
        }

        @Test
        void givenResponse_whenAnswerFilesUploadedListedReadAndDeleted_thenCursorPagesOfAttachments() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");
            String response = newResponse(t.apiKey(), entity);
            String files = "/api/v2/questionnaire-responses/" + response + "/answers/files/";

            Resp up = api.post(
                    files,
                    t.apiKey(),
                    Multipart.form()
                            .field("document_type", "Bank Statement")
                            .field("file_question_id", "1")
                            .file("file", "statement.pdf", Fixtures.pdf()));
            String attachment = up.json().getString("attachment_id");
            JsonObject page = api.get(files, t.apiKey()).json();
            JsonObject one = api.get(files + attachment + "/", t.apiKey()).json();
            JsonObject link =
                    api.get(files + attachment + "/download/", t.apiKey()).json();
            Resp deleted = api.delete(files + attachment + "/", t.apiKey());

            assertThat(up.status()).as(up.toString()).isEqualTo(201);
            assertThat(page.keySet()).containsExactly("has_more", "next_cursor", "prev_cursor", "results");
            assertThat(page.getJsonArray("results")).containsExactly(up.json());
            assertThat(one).isEqualTo(up.json());
            assertThat(link.getString("attachment_id")).isEqualTo(attachment);
            assertThat(deleted.status()).isEqualTo(204);
            // uploaded through the response, the document goes with its last attachment
            String document = up.json().getJsonObject("document").getString("id");
            assertThat(api.get("/api/v1/entities/" + entity + "/documents/" + document + "/", t.apiKey())
                            .toString())
                    .isEqualTo(NOT_FOUND);
        }

        @Test
        void givenResponse_whenSubmittedAndRead_thenTheV1Shape() {
            var t = api.newTenant();
            String response = newResponse(t.apiKey(), api.newEntity(t.apiKey(), "Acme"));

            Resp submitted = api.send(
                    "POST", "/api/v2/questionnaire-responses/" + response + "/submit/", t.apiKey(), null, null);
            Resp read = api.get("/api/v2/questionnaire-responses/" + response + "/", t.apiKey());

            assertThat(submitted.status()).isEqualTo(200);
            assertThat(read.json().keySet())
                    .containsExactly("id", "entity_id", "status", "file_questions", "created_at");
            assertThat(read.json().getString("id")).isEqualTo(response);
        }

        @Test
        void givenUnknownResponseOrAttachment_then404() {
            var t = api.newTenant();
            String response = newResponse(t.apiKey(), api.newEntity(t.apiKey(), "Acme"));

            assertThat(api.get("/api/v2/questionnaire-responses/" + UUID.randomUUID() + "/", t.apiKey())
                            .toString())
                    .isEqualTo(NOT_FOUND);
            assertThat(api.get(
                                    "/api/v2/questionnaire-responses/" + response + "/answers/files/"
                                            + UUID.randomUUID() + "/",
                                    t.apiKey())
                            .toString())
                    .isEqualTo(NOT_FOUND);
        }
    }
}
