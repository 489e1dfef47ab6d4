package dev.dossier.adapters.rest.library.v1;

import static dev.dossier.adapters.rest.harness.RestHarness.PUBLIC_URL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Multipart;
import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import dev.dossier.application.fakes.Fixtures;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Library v1 in process: tenant and entity documents, entities, responses and the single-use download link. */
class LibraryV1ApiTest {
    private static final String NOT_FOUND = "404 {\"detail\":\"Not found.\"}";
    private static final String REFUSED_DELETE = "400 {\"error\":\"Cannot delete document.\",\"details\":"
            + "{\"reason\":\"This document is referenced in one or more responses.\"}}";

    @RegisterExtension
    static final RestHarness api = new RestHarness();

    private static List<String> ids(JsonObject list, String array) {
        return list.getJsonArray(array).getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("id"))
                .toList();
    }

    @Nested
    class TenantDocuments {
        @Test
        void givenPdf_whenUploaded_then201WithTheReferenceDocumentObject() {
            var t = api.newTenant();
            byte[] pdf = Fixtures.pdf();
            int sealedBefore = api.ports().cipher().sealed();

            Resp r = api.post(
                    "/api/v1/documents/upload/",
                    t.apiKey(),
                    Multipart.form()
                            .field("document_type", "Financial Statement")
                            .file("file", "financial_statement_2024.pdf", pdf));

            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            JsonObject d = r.json();
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
            assertThat(d.getString("name")).isEqualTo("financial_statement_2024.pdf");
            assertThat(d.getInt("size")).isEqualTo(pdf.length);
            assertThat(d.getString("content_type")).isEqualTo("application/pdf");
            assertThat(d.getString("document_type_name")).isEqualTo("Financial Statement");
            assertThat(d.getString("classification")).isEqualTo("tenant_private");
            assertThat(d.getString("uploaded_by_email")).isEqualTo(t.email());
            assertThat(d.getString("created_at"))
                    .isEqualTo(api.ports().time().now().toString());
            assertThat(d.get("expiry_date")).isEqualTo(JsonValue.NULL);
            // stored encrypted: sealed by the cipher, and no object holds the bytes sent
            assertThat(api.ports().cipher().sealed()).isEqualTo(sealedBefore + 1);
            assertThat(api.ports().contents().objects().values()).doesNotContain(pdf);
        }

        @Test
        void givenClassificationAndExpiry_whenUploaded_thenBothKept() {
            var t = api.newTenant();

            Resp r = api.post(
                    "/api/v1/documents/upload/",
                    t.apiKey(),
                    Multipart.form()
                            .field("document_type", "Passport")
                            .field("classification", "shared")
                            .field("expiry_date", "2031-05-01")
                            .file("file", "passport.pdf", Fixtures.pdf()));

            assertThat(r.json().getString("classification")).isEqualTo("shared");
            assertThat(r.json().getString("expiry_date")).isEqualTo("2031-05-01");
        }

        @Test
        void givenBadUploads_then400FieldMapsAndNothingStored() {
            var t = api.newTenant();
            int stored = api.ports().contents().objects().size();

            Resp noFile = api.post(
                    "/api/v1/documents/upload/", t.apiKey(), Multipart.form().field("document_type", "Passport"));
            Resp disguised = api.post(
                    "/api/v1/documents/upload/",
                    t.apiKey(),
                    Multipart.form().field("document_type", "Passport").file("file", "a.pdf", Fixtures.exe()));
            Resp classification = api.post(
                    "/api/v1/documents/upload/",
                    t.apiKey(),
                    Multipart.form()
                            .field("document_type", "Passport")
                            .field("classification", "top_secret")
                            .file("file", "a.pdf", Fixtures.pdf()));
            Resp tooLarge = api.post(
                    "/api/v1/documents/upload/",
                    t.apiKey(),
                    Multipart.form()
                            .field("document_type", "Passport")
                            .file("file", "big.pdf", Fixtures.pdf(10 * 1024 * 1024 + 1)));

            assertThat(noFile.status()).isEqualTo(400);
            assertThat(noFile.json().getJsonArray("file").getString(0)).isEqualTo("No file was submitted.");
            assertThat(disguised.status()).isEqualTo(400);
            assertThat(disguised.json().getJsonArray("file").getString(0)).startsWith("File type not allowed.");
            assertThat(classification.status()).isEqualTo(400);
            assertThat(classification.json().keySet()).containsExactly("classification");
            assertThat(tooLarge.toString())
                    .isEqualTo("400 {\"file\":[\"File size exceeds maximum allowed size of 10MB\"]}");
            assertThat(api.ports().contents().objects()).hasSize(stored);
        }

        @Test
        void givenExactlyTenMebibytes_whenUploaded_then201() {
            var t = api.newTenant();

            Resp r = api.post(
                    "/api/v1/documents/upload/",
                    t.apiKey(),
                    Multipart.form()
                            .field("document_type", "Passport")
                            .file("file", "big.pdf", Fixtures.pdf(10 * 1024 * 1024)));

            assertThat(r.status()).isEqualTo(201);
            assertThat(r.json().getInt("size")).isEqualTo(10 * 1024 * 1024);
        }

        @Test
        void givenDocuments_whenListed_thenNewestFirstFilteredAndLimited() {
            var t = api.newTenant();
            String a = api.newTenantDocument(t.apiKey(), "a.pdf", Fixtures.pdf(), "Financial Statement");
            api.tick();
            String b = api.newTenantDocument(t.apiKey(), "b.pdf", Fixtures.pdf(), "Policy Document");
            api.tick();
            String c = api.newTenantDocument(t.apiKey(), "c.pdf", Fixtures.pdf(), "Financial Statement");

            JsonObject all = api.get("/api/v1/documents/", t.apiKey()).json();
            JsonObject financial = api.get("/api/v1/documents/?document_type=Financial%20Statement", t.apiKey())
                    .json();
            JsonObject limited =
                    api.get("/api/v1/documents/?limit=1", t.apiKey()).json();

            assertThat(all.keySet()).containsExactly("count", "documents");
            assertThat(all.getInt("count")).isEqualTo(3);
            assertThat(ids(all, "documents")).containsExactly(c, b, a);
            assertThat(financial.getInt("count")).isEqualTo(2);
            assertThat(ids(financial, "documents")).containsExactly(c, a);
            assertThat(limited.getInt("count")).isEqualTo(3);
            assertThat(ids(limited, "documents")).containsExactly(c);
        }

        @Test
        void givenBadLimit_then400FieldMap() {
            var t = api.newTenant();

            assertThat(api.get("/api/v1/documents/?limit=1001", t.apiKey()).toString())
                    .isEqualTo("400 {\"limit\":[\"Ensure this value is less than or equal to 1000.\"]}");
            assertThat(api.get("/api/v1/documents/?limit=0", t.apiKey()).toString())
                    .isEqualTo("400 {\"limit\":[\"Ensure this value is greater than or equal to 1.\"]}");
            assertThat(api.get("/api/v1/documents/?limit=ten", t.apiKey()).toString())
                    .isEqualTo("400 {\"limit\":[\"A valid integer is required.\"]}");
        }

        @Test
        void givenDocument_whenFetchedWithAndWithoutTrailingSlash_thenTheSameObject() {
            var t = api.newTenant();
            String id = api.newTenantDocument(t.apiKey(), "x.pdf", Fixtures.pdf(), "Other");

            Resp slash = api.get("/api/v1/documents/" + id + "/", t.apiKey());
            Resp bare = api.get("/api/v1/documents/" + id, t.apiKey());

            assertThat(slash.status()).isEqualTo(200);
            assertThat(slash.json().getString("id")).isEqualTo(id);
            assertThat(bare.text()).isEqualTo(slash.text());
        }

        @Test
        void givenDocument_whenDeleted_then204AndGone() {
            var t = api.newTenant();
            String id = api.newTenantDocument(t.apiKey(), "x.pdf", Fixtures.pdf(), "Other");

            Resp deleted = api.delete("/api/v1/documents/" + id + "/", t.apiKey());

            assertThat(deleted.status()).isEqualTo(204);
            assertThat(deleted.body()).isEmpty();
            assertThat(api.get("/api/v1/documents/" + id + "/", t.apiKey()).toString())
                    .isEqualTo(NOT_FOUND);
            assertThat(api.delete("/api/v1/documents/" + id + "/", t.apiKey()).toString())
                    .isEqualTo(NOT_FOUND);
        }

        @Test
        void givenAnotherTenantsOrAMalformedId_thenExactlyLikeAMissingOne() {
            var owner = api.newTenant();
            var intruder = api.newTenant("documents", "review", "confidential");
            String id = api.newTenantDocument(owner.apiKey(), "x.pdf", Fixtures.pdf(), "Other");

            for (String path : List.of("/api/v1/documents/%s/", "/api/v1/documents/%s/download/")) {
                assertThat(api.get(path.formatted(id), intruder.apiKey()).toString())
                        .as(path)
                        .isEqualTo(api.get(path.formatted(UUID.randomUUID()), intruder.apiKey())
                                .toString())
                        .isEqualTo(api.get(path.formatted("not-a-uuid"), intruder.apiKey())
                                .toString())
                        .isEqualTo(NOT_FOUND);
            }
            assertThat(api.delete("/api/v1/documents/" + id + "/", intruder.apiKey())
                            .toString())
                    .isEqualTo(NOT_FOUND);
            assertThat(api.get("/api/v1/documents/" + id + "/", owner.apiKey()).status())
                    .isEqualTo(200);
        }

        @Test
        void givenConfidentialDocument_whenLinkAskedWithoutTheScope_then403() {
            var t = api.newTenant("documents", "confidential");
            String id = Resp.check(
                            api.post(
                                    "/api/v1/documents/upload/",
                                    t.apiKey(),
                                    Multipart.form()
                                            .field("document_type", "Passport")
                                            .field("classification", "confidential")
                                            .file("file", "p.pdf", Fixtures.pdf())),
                            201)
                    .json()
                    .getString("id");
            // a second key of the same tenant without the confidential scope
            String keyWithout = Resp.check(
                            api.postJson(
                                    "/api/admin/tenants/" + t.tenantId() + "/api-keys",
                                    RestHarness.ADMIN_TOKEN,
                                    "{\"email\": \"plain@example.com\"}"),
                            201)
                    .json()
                    .getString("api_key");

            assertThat(api.get("/api/v1/documents/" + id + "/download/", keyWithout)
                            .toString())
                    .isEqualTo("403 {\"detail\":\"You do not have permission to perform this action.\"}");
            assertThat(api.get("/api/v1/documents/" + id + "/download/", t.apiKey())
                            .status())
                    .isEqualTo(200);
        }
    }

    @Nested
    class DownloadLinks {
        @Test
        void givenDocument_whenLinkIssued_thenItServesTheBytesOnce() {
            var t = api.newTenant();
            byte[] pdf = Fixtures.pdf();
            String id = api.newTenantDocument(t.apiKey(), "annual report 2025.pdf", pdf, "Other");

            Resp link = api.get("/api/v1/documents/" + id + "/download/", t.apiKey());

            assertThat(link.status()).isEqualTo(200);
            JsonObject l = link.json();
            assertThat(l.keySet()).containsExactly("download_url", "expires_at", "filename", "content_type", "size");
            assertThat(l.getString("download_url"))
                    .startsWith(PUBLIC_URL + "/api/v1/files/")
                    .endsWith("/");
            assertThat(l.getString("expires_at"))
                    .isEqualTo(api.ports()
                            .time()
                            .now()
                            .plus(Duration.ofMinutes(15))
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            .toString()
                            .replace("Z", "+00:00"));
            assertThat(l.getInt("size")).isEqualTo(pdf.length);
            assertThat(l.getString("content_type")).isEqualTo("application/pdf");

            String path = l.getString("download_url").substring(PUBLIC_URL.length());
            Resp head = api.send("HEAD", path, null, null, null);
            Resp file = api.get(path, null);
            Resp again = api.get(path, null);

            assertThat(head.status()).isEqualTo(405);
            assertThat(head.header("Allow")).isEqualTo("GET");
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(pdf);
            assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(file.header("Content-Length")).isEqualTo(String.valueOf(pdf.length));
            assertThat(file.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"annual report 2025.pdf\";"
                            + " filename*=UTF-8''annual%20report%202025.pdf");
            assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(file.header("Cache-Control")).isEqualTo("no-store");
            assertThat(file.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(file.header("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
            assertThat(again.toString()).isEqualTo(NOT_FOUND);
        }

        @Test
        void givenExpiredLink_then404() {
            var t = api.newTenant();
            String id = api.newTenantDocument(t.apiKey(), "x.pdf", Fixtures.pdf(), "Other");
            String url = api.get("/api/v1/documents/" + id + "/download/", t.apiKey())
                    .json()
                    .getString("download_url");

            api.ports().time().advance(Duration.ofMinutes(16));

            assertThat(api.get(url.substring(PUBLIC_URL.length()), null).toString())
                    .isEqualTo(NOT_FOUND);
        }

        @Test
        void givenConfidentialDocument_whenRedeemed_thenTheAuditTrailHasTheClientAddress() {
            var t = api.newTenant("documents", "confidential");
            String id = Resp.check(
                            api.post(
                                    "/api/v1/documents/upload/",
                                    t.apiKey(),
                                    Multipart.form()
                                            .field("document_type", "Passport")
                                            .field("classification", "confidential")
                                            .file("file", "p.pdf", Fixtures.pdf())),
                            201)
                    .json()
                    .getString("id");
            String url = api.get("/api/v1/documents/" + id + "/download/", t.apiKey())
                    .json()
                    .getString("download_url");

            assertThat(api.get(url.substring(PUBLIC_URL.length()), null).status())
                    .isEqualTo(200);

            assertThat(api.ports().auditEvents().all()).anySatisfy(e -> {
                assertThat(e.documentId().toString()).isEqualTo(id);
                assertThat(e.action().wireName()).isEqualTo("link_redeemed");
                assertThat(e.clientAddress()).isEqualTo("127.0.0.1");
            });
        }
    }

    @Nested
    class Entities {
        @Test
        void givenEntity_whenCreated_then201AndReadBack() {
            var t = api.newTenant();

            Resp r = api.postJson(
                    "/api/v1/entities/", t.apiKey(), "{\"name\": \"Acme Corp Ltd\", \"entity_type\": \"company\"}");

            assertThat(r.status()).isEqualTo(201);
            JsonObject e = r.json();
            assertThat(e.keySet()).containsExactly("id", "name", "entity_type", "created_at");
            assertThat(e.getString("entity_type")).isEqualTo("company");
            assertThat(api.get("/api/v1/entities/" + e.getString("id") + "/", t.apiKey())
                            .json())
                    .isEqualTo(e);
        }

        @Test
        void givenEntities_whenListed_thenCountAndNewestFirst() {
            var t = api.newTenant();
            String a = api.newEntity(t.apiKey(), "A");
            api.tick();
            String b = api.newEntity(t.apiKey(), "B");

            JsonObject list = api.get("/api/v1/entities/", t.apiKey()).json();
            JsonObject limited =
                    api.get("/api/v1/entities/?limit=1", t.apiKey()).json();

            assertThat(list.keySet()).containsExactly("count", "entities");
            assertThat(list.getInt("count")).isEqualTo(2);
            assertThat(ids(list, "entities")).containsExactly(b, a);
            assertThat(ids(limited, "entities")).containsExactly(b);
        }

        @Test
        void givenBadEntity_then400FieldMap() {
            var t = api.newTenant();

            Resp type = api.postJson("/api/v1/entities/", t.apiKey(), "{\"name\": \"A\", \"entity_type\": \"robot\"}");
            Resp missing = api.postJson("/api/v1/entities/", t.apiKey(), "{}");

            assertThat(type.status()).isEqualTo(400);
            assertThat(type.json().keySet()).containsExactly("entity_type");
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.json().keySet()).containsExactlyInAnyOrder("name", "entity_type");
        }

        @Test
        void givenAnotherTenantsEntity_then404() {
            var owner = api.newTenant();
            var intruder = api.newTenant();
            String entity = api.newEntity(owner.apiKey(), "Victim Corp");

            assertThat(api.get("/api/v1/entities/" + entity + "/", intruder.apiKey())
                            .toString())
                    .isEqualTo(NOT_FOUND);
            assertThat(api.get("/api/v1/entities/" + entity + "/documents/", intruder.apiKey())
                            .toString())
                    .isEqualTo(NOT_FOUND);
        }
    }

    @Nested
    class EntityDocuments {
        @Test
        void givenEntityDocuments_whenListed_thenTheEntityAndItsDocumentsNewestFirst() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");
            String a = api.newEntityDocument(t.apiKey(), entity, "a.pdf", Fixtures.pdf(), Map.of("document_type", "A"));
            api.tick();
            String b = api.newEntityDocument(t.apiKey(), entity, "b.pdf", Fixtures.pdf(), Map.of("document_type", "B"));

            JsonObject list = api.get("/api/v1/entities/" + entity + "/documents/", t.apiKey())
                    .json();

            assertThat(list.keySet()).containsExactly("count", "entity_id", "entity_name", "documents");
            assertThat(list.getInt("count")).isEqualTo(2);
            assertThat(list.getString("entity_id")).isEqualTo(entity);
            assertThat(list.getString("entity_name")).isEqualTo("Acme");
            assertThat(ids(list, "documents")).containsExactly(b, a);
            JsonObject first = list.getJsonArray("documents").getJsonObject(0);
            assertThat(first.getString("classification")).isEqualTo("entity_private");
        }

        @Test
        void givenEntityDocument_whenReadLinkedAndDeleted_thenEachAnswers() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");
            String doc = api.newEntityDocument(
                    t.apiKey(), entity, "p.pdf", Fixtures.pdf(), Map.of("document_type", "Passport"));
            String base = "/api/v1/entities/" + entity + "/documents/" + doc + "/";

            assertThat(api.get(base, t.apiKey()).json().getString("id")).isEqualTo(doc);
            assertThat(api.get(base + "download/", t.apiKey()).json().getString("filename"))
                    .isEqualTo("p.pdf");
            assertThat(api.delete(base, t.apiKey()).status()).isEqualTo(204);
            assertThat(api.get(base, t.apiKey()).toString()).isEqualTo(NOT_FOUND);
        }

        @Test
        void givenALibraryDocument_whenAskedUnderAnEntity_then404() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");
            String library = api.newTenantDocument(t.apiKey(), "x.pdf", Fixtures.pdf(), "Other");

            assertThat(api.get("/api/v1/entities/" + entity + "/documents/" + library + "/", t.apiKey())
                            .toString())
                    .isEqualTo(NOT_FOUND);
        }

        @Test
        void givenUnknownEntity_whenUploadedTo_then404AndNothingStored() {
            var t = api.newTenant();
            int stored = api.ports().contents().objects().size();

            Resp r = api.post(
                    "/api/v1/entities/" + UUID.randomUUID() + "/documents/upload/",
                    t.apiKey(),
                    Multipart.form().field("document_type", "Passport").file("file", "p.pdf", Fixtures.pdf()));

            assertThat(r.toString()).isEqualTo(NOT_FOUND);
            assertThat(api.ports().contents().objects()).hasSize(stored);
        }
    }

    @Nested
    class Responses {
        private String newResponse(String key, String entity) {
            return Resp.check(
                            api.postJson(
                                    "/api/v1/responses/",
                                    key,
                                    "{\"entity_id\": \"" + entity + "\", \"file_questions\": ["
                                            + "{\"id\": 1, \"document_type\": \"Bank Statement\"},"
                                            + " {\"id\": 2, \"document_type\": \"Passport\"}]}"),
                            201)
                    .json()
                    .getString("id");
        }

        private Resp uploadAnswer(String key, String response, String question, byte[] content) {
            return api.post(
                    "/api/v1/responses/" + response + "/documents/upload/",
                    key,
                    Multipart.form()
                            .field("document_type", "Bank Statement")
                            .field("file_question_id", question)
                            .file("file", "statement.pdf", content));
        }

        @Test
        void givenEntity_whenResponseCreated_then201DraftWithItsQuestions() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");

            Resp r = api.postJson(
                    "/api/v1/responses/",
                    t.apiKey(),
                    "{\"entity_id\": \"" + entity + "\", \"file_questions\": [{\"id\": 1, \"document_type\": \"Bank"
                            + " Statement\"}]}");

            assertThat(r.status()).isEqualTo(201);
            JsonObject body = r.json();
            assertThat(body.keySet()).containsExactly("id", "entity_id", "status", "file_questions", "created_at");
            assertThat(body.getString("status")).isEqualTo("draft");
            assertThat(body.getJsonArray("file_questions").toString())
                    .isEqualTo("[{\"id\":1,\"document_type\":\"Bank Statement\"}]");
            assertThat(api.get("/api/v1/responses/" + body.getString("id") + "/", t.apiKey())
                            .json())
                    .isEqualTo(body);
        }

        @Test
        void givenBadResponseRequests_then400NamingTheField() {
            var t = api.newTenant();
            var other = api.newTenant();
            String foreign = api.newEntity(other.apiKey(), "Theirs");

            assertThat(api.postJson("/api/v1/responses/", t.apiKey(), "{\"file_questions\": []}")
                            .toString())
                    .isEqualTo("400 {\"entity_id\":[\"This field is required.\"]}");
            assertThat(api.postJson("/api/v1/responses/", t.apiKey(), "{\"entity_id\": \"" + foreign + "\"}")
                            .toString())
                    .isEqualTo("400 {\"entity_id\":[\"Entity not found.\"]}");
        }

        @Test
        void givenResponse_whenAnswerUploaded_thenAttachedListedLinkedAndSubmitted() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");
            String response = newResponse(t.apiKey(), entity);
            byte[] pdf = Fixtures.pdf();

            Resp up = uploadAnswer(t.apiKey(), response, "1", pdf);

            assertThat(up.status()).as(up.toString()).isEqualTo(201);
            JsonObject attachment = up.json();
            assertThat(attachment.keySet())
                    .containsExactly(
                            "attachment_id",
                            "document",
                            "file_question_type",
                            "is_flagged",
                            "is_submitted",
                            "created_at");
            assertThat(attachment.getString("file_question_type")).isEqualTo("Bank Statement");
            assertThat(attachment.getBoolean("is_submitted")).isFalse();
            String attachmentId = attachment.getString("attachment_id");
            String base = "/api/v1/responses/" + response + "/documents/";

            JsonArray list = api.get(base, t.apiKey()).jsonArray();
            JsonObject one = api.get(base + attachmentId + "/", t.apiKey()).json();
            JsonObject link =
                    api.get(base + attachmentId + "/download/", t.apiKey()).json();
            JsonObject submitted = api.send(
                            "POST", "/api/v1/responses/" + response + "/submit/", t.apiKey(), null, null)
                    .json();

            assertThat(list).containsExactly(attachment);
            assertThat(one).isEqualTo(attachment);
            assertThat(link.keySet())
                    .containsExactly("download_url", "expires_at", "attachment_id", "filename", "content_type", "size");
            assertThat(link.getString("attachment_id")).isEqualTo(attachmentId);
            assertThat(submitted.getString("id")).isEqualTo(response);
            assertThat(api.get(base + attachmentId + "/", t.apiKey()).json().getBoolean("is_submitted"))
                    .isTrue();
        }

        @Test
        void givenBadAnswerUpload_then400NamingTheField() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");
            String response = newResponse(t.apiKey(), entity);

            assertThat(uploadAnswer(t.apiKey(), response, "9", Fixtures.pdf()).toString())
                    .isEqualTo("400 {\"file_question_id\":[\"This response has no file question 9.\"]}");
            assertThat(uploadAnswer(t.apiKey(), response, "first", Fixtures.pdf())
                            .toString())
                    .isEqualTo("400 {\"file_question_id\":[\"A valid integer is required.\"]}");
        }

        @Test
        void givenLibraryDocument_whenAttached_thenAutofilled_andItCannotBeDeletedWhileReferenced() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");
            String response = newResponse(t.apiKey(), entity);
            String library = api.newTenantDocument(t.apiKey(), "policy.pdf", Fixtures.pdf(), "Policy");
            String attach = "/api/v1/responses/" + response + "/documents/attach/";

            Resp attached =
                    api.postJson(attach, t.apiKey(), "{\"document_id\": \"" + library + "\", \"file_question_id\": 1}");
            Resp missing = api.postJson(attach, t.apiKey(), "{\"document_id\": \"" + UUID.randomUUID() + "\"}");
            Resp refused = api.delete("/api/v1/documents/" + library + "/", t.apiKey());

            assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
            assertThat(attached.json().getJsonObject("document").getString("id"))
                    .isEqualTo(library);
            assertThat(missing.toString()).isEqualTo("400 {\"document_id\":[\"Document not found.\"]}");
            assertThat(refused.toString()).isEqualTo(REFUSED_DELETE);

            String attachmentId = attached.json().getString("attachment_id");
            assertThat(api.delete("/api/v1/responses/" + response + "/documents/" + attachmentId + "/", t.apiKey())
                            .status())
                    .isEqualTo(204);
            assertThat(api.delete("/api/v1/documents/" + library + "/", t.apiKey())
                            .status())
                    .isEqualTo(204);
        }

        @Test
        void givenAnotherTenantsResponse_then404() {
            var owner = api.newTenant();
            var intruder = api.newTenant();
            String response = newResponse(owner.apiKey(), api.newEntity(owner.apiKey(), "Acme"));

            assertThat(api.get("/api/v1/responses/" + response + "/", intruder.apiKey())
                            .toString())
                    .isEqualTo(NOT_FOUND);
            assertThat(uploadAnswer(intruder.apiKey(), response, "1", Fixtures.pdf())
                            .toString())
                    .isEqualTo(NOT_FOUND);
        }
    }
}
