package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Questionnaire responses, response documents (v1) and answer files (v2). */
interface ResponseApiTests extends ApiTest {
    String REFUSED_DELETE = "{\"error\":\"Cannot delete document.\",\"details\":"
            + "{\"reason\":\"This document is referenced in one or more responses.\"}}";

    private String newResponse(String key, String entity) {
        Resp r = api().postJson(
                        "/api/v1/responses/",
                        key,
                        "{\"entity_id\": \"" + entity + "\", \"file_questions\": ["
                                + "{\"id\": 1, \"document_type\": \"Bank Statement\"}, {\"id\": 2,"
                                + " \"document_type\": \"Passport\"}]}");
        ApiClient.check(r, 201);
        return r.json().getString("id");
    }

    private Resp uploadAnswer(String key, String response, String question, String name, byte[] content) {
        return api().upload(
                        "/api/v1/responses/" + response + "/documents/upload/",
                        key,
                        Map.of("document_type", "Bank Statement", "file_question_id", question),
                        name,
                        content);
    }

    @Test
    default void givenEntity_whenResponseCreatedOnV1AndV2_then201DraftWithQuestions() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme", "company");
        for (String path : List.of("/api/v1/responses/", "/api/v2/questionnaire-responses/")) {
            Resp r = api().postJson(
                            path,
                            t.apiKey(),
                            "{\"entity_id\": \"" + entity + "\", \"file_questions\": "
                                    + "[{\"id\": 1, \"document_type\": \"Bank Statement\"}]}");
            assertThat(r.status()).as(path + " " + r).isEqualTo(201);
            JsonObject body = r.json();
            assertThat(body.keySet())
                    .containsExactlyInAnyOrder("id", "entity_id", "status", "file_questions", "created_at");
            assertThat(body.getString("entity_id")).isEqualTo(entity);
            assertThat(body.getString("status")).isEqualTo("draft");
            assertThat(body.getJsonArray("file_questions").getJsonObject(0))
                    .isEqualTo(jakarta.json.Json.createObjectBuilder()
                            .add("id", 1)
                            .add("document_type", "Bank Statement")
                            .build());
            assertThat(api().get(path + body.getString("id") + "/", t.apiKey()).json())
                    .isEqualTo(body);
        }
    }

    @Test
    default void givenBadResponseRequests_whenCreated_then400NamingTheField() {
        var t = api().newTenant();
        var other = api().newTenant();
        String foreignEntity = api().createEntity(other.apiKey(), "Theirs", "company");
        String entity = api().createEntity(t.apiKey(), "Mine", "company");

        Resp missing = api().outsideContract().postJson("/api/v1/responses/", t.apiKey(), "{\"file_questions\": []}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().getJsonArray("entity_id").getString(0)).isEqualTo("This field is required.");

        Resp foreign = api().postJson("/api/v1/responses/", t.apiKey(), "{\"entity_id\": \"" + foreignEntity + "\"}");
        Resp unknown =
                api().postJson("/api/v1/responses/", t.apiKey(), "{\"entity_id\": \"" + UUID.randomUUID() + "\"}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.text()).isEqualTo(unknown.text()).isEqualTo("{\"entity_id\":[\"Entity not found.\"]}");

        Resp duplicate = api().postJson(
                        "/api/v1/responses/",
                        t.apiKey(),
                        "{\"entity_id\": \"" + entity + "\", "
                                + "\"file_questions\": [{\"id\": 1, \"document_type\": \"A\"}, {\"id\": 1,"
                                + " \"document_type\": \"B\"}]}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().getJsonArray("file_questions").getString(0)).contains("unique");

        Resp badQuestion = api().outsideContract()
                .postJson(
                        "/api/v1/responses/",
                        t.apiKey(),
                        "{\"entity_id\": \"" + entity + "\", "
                                + "\"file_questions\": [{\"id\": \"one\", \"document_type\": \"A\"}]}");
        assertThat(badQuestion.status()).isEqualTo(400);
        assertThat(badQuestion.json().containsKey("file_questions")).isTrue();
    }

    @Test
    default void givenResponse_whenAnswerUploaded_thenEntityDocumentAttachedAndListed() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme Corp Ltd", "company");
        String response = newResponse(t.apiKey(), entity);
        byte[] pdf = TestFiles.pdf("bank-jan");

        Resp up = uploadAnswer(t.apiKey(), response, "1", "bank_statement_jan_2026.pdf", pdf);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        JsonObject attachment = up.json();
        assertThat(attachment.keySet())
                .containsExactly(
                        "attachment_id", "document", "file_question_type", "is_flagged", "is_submitted", "created_at");
        assertThat(attachment.getString("file_question_type")).isEqualTo("Bank Statement");
        assertThat(attachment.getBoolean("is_flagged")).isFalse();
        assertThat(attachment.getBoolean("is_submitted")).isFalse();
        JsonObject document = attachment.getJsonObject("document");
        assertThat(document.getString("classification")).isEqualTo("entity_private");
        assertThat(document.getString("name")).isEqualTo("bank_statement_jan_2026.pdf");

        JsonArray list = api().get("/api/v1/responses/" + response + "/documents/", t.apiKey())
                .jsonArray();
        assertThat(list).containsExactly(attachment);
        // it is an entity document of the response's entity
        assertThat(api().get("/api/v1/entities/" + entity + "/documents/" + document.getString("id") + "/", t.apiKey())
                        .json())
                .isEqualTo(document);

        JsonObject link = api().get(
                        "/api/v1/responses/" + response + "/documents/" + attachment.getString("attachment_id")
                                + "/download/",
                        t.apiKey())
                .json();
        assertThat(link.getString("attachment_id")).isEqualTo(attachment.getString("attachment_id"));
        assertThat(link.keySet())
                .containsExactlyInAnyOrder(
                        "download_url", "expires_at", "attachment_id", "filename", "content_type", "size");
        assertThat(api().get(link.getString("download_url"), null).body()).isEqualTo(pdf);
    }

    @Test
    default void givenBadAnswerUpload_whenUploaded_then400AndNothingStored() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme", "company");
        String response = newResponse(t.apiKey(), entity);
        Resp unknownQuestion = uploadAnswer(t.apiKey(), response, "9", "a.pdf", TestFiles.pdf("a"));
        assertThat(unknownQuestion.status()).isEqualTo(400);
        assertThat(unknownQuestion.json().getJsonArray("file_question_id").getString(0))
                .isEqualTo("This response has no file question 9.");
        Resp notANumber = uploadAnswer(t.apiKey(), response, "first", "a.pdf", TestFiles.pdf("a"));
        assertThat(notANumber.json().getJsonArray("file_question_id").getString(0))
                .isEqualTo("A valid integer is required.");
        Resp disguised = uploadAnswer(t.apiKey(), response, "1", "a.pdf", TestFiles.windowsExecutable());
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.json().containsKey("file")).isTrue();
        assertThat(api().get("/api/v1/responses/" + response + "/documents/", t.apiKey())
                        .jsonArray())
                .isEmpty();
        assertThat(api().get("/api/v1/entities/" + entity + "/documents/", t.apiKey())
                        .json()
                        .getInt("count"))
                .isZero();
    }

    @Test
    default void givenLibraryAndEntityDocuments_whenAttached_thenAutofilledWithoutUpload() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme", "company");
        String otherEntity = api().createEntity(t.apiKey(), "Other", "company");
        String response = newResponse(t.apiKey(), entity);
        String library = api().uploadTenantDocument(t.apiKey(), "policy.pdf", TestFiles.pdf("p"), "Policy")
                .json()
                .getString("id");
        String onEntity = api().upload(
                        "/api/v1/entities/" + entity + "/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Passport"),
                        "passport.pdf",
                        TestFiles.pdf("pp"))
                .json()
                .getString("id");
        String onOtherEntity = api().upload(
                        "/api/v1/entities/" + otherEntity + "/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Passport"),
                        "other.pdf",
                        TestFiles.pdf("o"))
                .json()
                .getString("id");
        String attachPath = "/api/v1/responses/" + response + "/documents/attach/";

        Resp a1 = api().postJson(
                        attachPath, t.apiKey(), "{\"document_id\": \"" + library + "\", \"file_question_id\": 1}");
        assertThat(a1.status()).as(a1.toString()).isEqualTo(201);
        assertThat(a1.json().getJsonObject("document").getString("id")).isEqualTo(library);
        assertThat(a1.json().getString("file_question_type")).isEqualTo("Bank Statement");
        Resp a2 = api().postJson(
                        attachPath, t.apiKey(), "{\"document_id\": \"" + onEntity + "\", \"file_question_id\": \"2\"}");
        assertThat(a2.status()).isEqualTo(201);
        assertThat(a2.json().getString("file_question_type")).isEqualTo("Passport");

        Resp again = api().postJson(
                        attachPath, t.apiKey(), "{\"document_id\": \"" + library + "\", \"file_question_id\": 1}");
        assertThat(again.status()).isEqualTo(400);
        Resp otherEntityDoc = api().postJson(attachPath, t.apiKey(), "{\"document_id\": \"" + onOtherEntity + "\"}");
        Resp missingDoc = api().postJson(attachPath, t.apiKey(), "{\"document_id\": \"" + UUID.randomUUID() + "\"}");
        assertThat(otherEntityDoc.status()).isEqualTo(400);
        assertThat(otherEntityDoc.text())
                .isEqualTo(missingDoc.text())
                .isEqualTo("{\"document_id\":[\"Document not found.\"]}");
        assertThat(api().get("/api/v1/responses/" + response + "/documents/", t.apiKey())
                        .jsonArray())
                .hasSize(2);
    }

    @Test
    default void givenReferencedDocuments_whenDeleted_thenRefusedWithReferenceBodyAndKept() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme", "company");
        String response = newResponse(t.apiKey(), entity);
        String library = api().uploadTenantDocument(t.apiKey(), "policy.pdf", TestFiles.pdf("p"), "Policy")
                .json()
                .getString("id");
        String onEntity = api().upload(
                        "/api/v1/entities/" + entity + "/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Passport"),
                        "passport.pdf",
                        TestFiles.pdf("pp"))
                .json()
                .getString("id");
        String attachPath = "/api/v1/responses/" + response + "/documents/attach/";
        ApiClient.check(api().postJson(attachPath, t.apiKey(), "{\"document_id\": \"" + library + "\"}"), 201);
        ApiClient.check(api().postJson(attachPath, t.apiKey(), "{\"document_id\": \"" + onEntity + "\"}"), 201);

        Resp libraryDelete = api().delete("/api/v1/documents/" + library + "/", t.apiKey());
        assertThat(libraryDelete.status()).isEqualTo(400);
        assertThat(libraryDelete.text()).isEqualTo(REFUSED_DELETE);
        Resp entityDelete = api().delete("/api/v1/entities/" + entity + "/documents/" + onEntity + "/", t.apiKey());
        assertThat(entityDelete.status()).isEqualTo(400);
        assertThat(entityDelete.text()).isEqualTo(REFUSED_DELETE);

        assertThat(api().get("/api/v1/documents/" + library + "/", t.apiKey()).status())
                .isEqualTo(200);
        assertThat(api().get("/api/v1/entities/" + entity + "/documents/" + onEntity + "/", t.apiKey())
                        .status())
                .isEqualTo(200);
    }

    @Test
    default void givenAttachments_whenRemoved_thenOnlyTheLastReferenceToAnUploadedAnswerDeletesIt() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme", "company");
        String first = newResponse(t.apiKey(), entity);
        String second = newResponse(t.apiKey(), entity);
        byte[] pdf = TestFiles.pdf("shared-answer");
        JsonObject uploaded =
                uploadAnswer(t.apiKey(), first, "1", "answer.pdf", pdf).json();
        String documentId = uploaded.getJsonObject("document").getString("id");
        JsonObject reused = api().postJson(
                        "/api/v1/responses/" + second + "/documents/attach/",
                        t.apiKey(),
                        "{\"document_id\": \"" + documentId + "\", \"file_question_id\": 1}")
                .json();
        String library = api().uploadTenantDocument(t.apiKey(), "policy.pdf", TestFiles.pdf("p"), "Policy")
                .json()
                .getString("id");
        JsonObject libraryAttachment = api().postJson(
                        "/api/v1/responses/" + first + "/documents/attach/",
                        t.apiKey(),
                        "{\"document_id\": \"" + library + "\"}")
                .json();
        String documentPath = "/api/v1/entities/" + entity + "/documents/" + documentId + "/";

        // the second response still references the uploaded answer: it stays
        Resp removeFirst = api().delete(
                        "/api/v1/responses/" + first + "/documents/" + uploaded.getString("attachment_id") + "/",
                        t.apiKey());
        assertThat(removeFirst.status()).isEqualTo(204);
        assertThat(api().get(documentPath, t.apiKey()).status()).isEqualTo(200);

        // the last reference goes: so does the document and its bytes
        String link = api().get(documentPath + "download/", t.apiKey()).json().getString("download_url");
        assertThat(api().delete(
                                "/api/v1/responses/" + second + "/documents/" + reused.getString("attachment_id") + "/",
                                t.apiKey())
                        .status())
                .isEqualTo(204);
        assertThat(api().get(documentPath, t.apiKey()).status()).isEqualTo(404);
        assertThat(api().get(link, null).status()).isEqualTo(404);

        // an attached library document is only detached
        assertThat(api().delete(
                                "/api/v1/responses/" + first + "/documents/"
                                        + libraryAttachment.getString("attachment_id") + "/",
                                t.apiKey())
                        .status())
                .isEqualTo(204);
        assertThat(api().get("/api/v1/documents/" + library + "/", t.apiKey()).status())
                .isEqualTo(200);
        assertThat(api().delete("/api/v1/documents/" + library + "/", t.apiKey())
                        .status())
                .isEqualTo(204);
    }

    @Test
    default void givenAnswers_whenResponseSubmitted_thenEveryAttachmentIsSubmitted() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme", "company");
        String response = newResponse(t.apiKey(), entity);
        uploadAnswer(t.apiKey(), response, "1", "a.pdf", TestFiles.pdf("a"));
        uploadAnswer(t.apiKey(), response, "2", "b.pdf", TestFiles.pdf("b"));

        Resp submitted = api().send("POST", "/api/v1/responses/" + response + "/submit/", t.apiKey(), null, null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().getString("status")).isEqualTo("submitted");
        JsonArray list = api().get("/api/v1/responses/" + response + "/documents/", t.apiKey())
                .jsonArray();
        assertThat(list)
                .hasSize(2)
                .allSatisfy(a ->
                        assertThat(a.asJsonObject().getBoolean("is_submitted")).isTrue());
    }

    @Test
    default void givenV2Response_whenAnswerFilesUploadedReadLinkedAndDeleted_thenEachWorks() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme", "company");
        String response = api().postJson(
                        "/api/v2/questionnaire-responses/",
                        t.apiKey(),
                        "{\"entity_id\": \"" + entity
                                + "\", \"file_questions\": [{\"id\": 3, \"document_type\": \"Tax Return\"}]}")
                .json()
                .getString("id");
        String base = "/api/v2/questionnaire-responses/" + response + "/answers/files/";
        byte[] pdf = TestFiles.pdf("tax");
        Resp up = api().upload(
                        base,
                        t.apiKey(),
                        Map.of("document_type", "Tax Return", "file_question_id", "3"),
                        "tax.pdf",
                        pdf);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        String fileId = up.json().getString("attachment_id");
        assertThat(up.json().getString("file_question_type")).isEqualTo("Tax Return");

        assertThat(api().get(base + fileId + "/", t.apiKey()).json()).isEqualTo(up.json());
        String url = api().get(base + fileId + "/download/", t.apiKey()).json().getString("download_url");
        assertThat(api().get(url, null).body()).isEqualTo(pdf);
        assertThat(api().delete(base + fileId + "/", t.apiKey()).status()).isEqualTo(204);
        assertThat(api().get(base + fileId + "/", t.apiKey()).status()).isEqualTo(404);
    }

    @Test
    default void givenV2AnswerFiles_whenListed_thenCursorPagesNewestFirstWithoutGapsOrRepeats() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme", "company");
        String response = api().postJson(
                        "/api/v2/questionnaire-responses/",
                        t.apiKey(),
                        "{\"entity_id\": \"" + entity
                                + "\", \"file_questions\": [{\"id\": 1, \"document_type\": \"Bank Statement\"}]}")
                .json()
                .getString("id");
        String base = "/api/v2/questionnaire-responses/" + response + "/answers/files/";
        List<String> uploaded = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            uploaded.add(
                    0,
                    api().upload(
                                    base,
                                    t.apiKey(),
                                    Map.of("document_type", "Bank Statement", "file_question_id", "1"),
                                    "statement-" + i + ".pdf",
                                    TestFiles.pdf("s" + i))
                            .json()
                            .getString("attachment_id"));
        }
        JsonObject first = api().get(base + "?page_size=2", t.apiKey()).json();
        assertThat(first.keySet()).containsExactlyInAnyOrder("has_more", "next_cursor", "prev_cursor", "results");
        List<String> seen = new java.util.ArrayList<>();
        JsonObject page = first;
        while (true) {
            page.getJsonArray("results").forEach(v -> seen.add(v.asJsonObject().getString("attachment_id")));
            if (page.get("next_cursor") == JsonValue.NULL) {
                break;
            }
            page = api().get(base + "?page_size=2&after=" + page.getString("next_cursor"), t.apiKey())
                    .json();
        }
        assertThat(seen).containsExactlyElementsOf(uploaded);
        Resp tampered = api().get(base + "?after=" + first.getString("next_cursor") + "x", t.apiKey());
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.text()).isEqualTo("{\"after\":[\"Invalid cursor.\"]}");
    }

    @Test
    default void givenOtherTenantsResponse_whenAnyEndpointCalled_thenAnswersLikeMissing() {
        var owner = api().newTenant();
        var intruder = api().newTenant();
        String entity = api().createEntity(owner.apiKey(), "Acme", "company");
        String response = newResponse(owner.apiKey(), entity);
        String attachment = uploadAnswer(owner.apiKey(), response, "1", "a.pdf", TestFiles.pdf("a"))
                .json()
                .getString("attachment_id");
        String missingResponse = UUID.randomUUID().toString();
        String missingAttachment = UUID.randomUUID().toString();
        List<String[]> calls = List.of(
                new String[] {"GET", "/api/v1/responses/%s/"},
                new String[] {"POST", "/api/v1/responses/%s/submit/"},
                new String[] {"GET", "/api/v1/responses/%s/documents/"},
                new String[] {"GET", "/api/v1/responses/%s/documents/%a/"},
                new String[] {"GET", "/api/v1/responses/%s/documents/%a/download/"},
                new String[] {"DELETE", "/api/v1/responses/%s/documents/%a/"},
                new String[] {"GET", "/api/v2/questionnaire-responses/%s/"},
                new String[] {"POST", "/api/v2/questionnaire-responses/%s/submit/"},
                new String[] {"GET", "/api/v2/questionnaire-responses/%s/answers/files/"},
                new String[] {"GET", "/api/v2/questionnaire-responses/%s/answers/files/%a/"},
                new String[] {"GET", "/api/v2/questionnaire-responses/%s/answers/files/%a/download/"},
                new String[] {"DELETE", "/api/v2/questionnaire-responses/%s/answers/files/%a/"});
        for (String[] call : calls) {
            Resp foreign = api().send(
                            call[0],
                            call[1].replace("%s", response).replace("%a", attachment),
                            intruder.apiKey(),
                            null,
                            null);
            Resp absent = api().send(
                            call[0],
                            call[1].replace("%s", missingResponse).replace("%a", missingAttachment),
                            intruder.apiKey(),
                            null,
                            null);
            assertThat(foreign.status()).as(call[0] + " " + call[1]).isEqualTo(404);
            assertThat(foreign.text()).isEqualTo(absent.text()).isEqualTo("{\"detail\":\"Not found.\"}");
        }
        Resp upload = uploadAnswer(intruder.apiKey(), response, "1", "x.pdf", TestFiles.pdf("x"));
        assertThat(upload.status()).isEqualTo(404);
        Resp attach = api().postJson(
                        "/api/v1/responses/" + response + "/documents/attach/",
                        intruder.apiKey(),
                        "{\"document_id\": \"" + UUID.randomUUID() + "\"}");
        assertThat(attach.status()).isEqualTo(404);
        // the owner's response is untouched
        JsonArray list = api().get("/api/v1/responses/" + response + "/documents/", owner.apiKey())
                .jsonArray();
        assertThat(list).hasSize(1);
        assertThat(list.getJsonObject(0).getBoolean("is_submitted")).isFalse();
        assertThat(api().get("/api/v1/responses/" + response + "/", owner.apiKey())
                        .json()
                        .get("status"))
                .isEqualTo(jakarta.json.Json.createValue("draft"));
    }
}
