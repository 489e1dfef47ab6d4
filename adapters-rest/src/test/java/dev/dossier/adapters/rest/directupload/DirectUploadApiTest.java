package dev.dossier.adapters.rest.directupload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Multipart;
import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.shared.PrefixedIds;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The direct-upload and workflow surface in process: RPC calls, {"data"} envelopes and the one error shape. */
class DirectUploadApiTest {
    @RegisterExtension
    static final RestHarness api = new RestHarness();

    private static String sr(String entity) {
        return PrefixedIds.encode("sr_", UUID.fromString(entity));
    }

    private static Resp rpc(String method, String key, String json) {
        return api.postJson("/" + method, key, json);
    }

    private static JsonObject data(Resp r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().keySet()).containsExactly("data");
        return r.json().getJsonObject("data");
    }

    private static JsonObject create(String key, String subject, String fileName, long size) {
        return data(rpc(
                        "document.create",
                        key,
                        "{\"subject_record_id\": \"" + subject + "\", \"file_name\": \"" + fileName
                                + "\", \"file_size_in_bytes\": " + size + "}"))
                .getJsonObject("document");
    }

    private static JsonObject get(String key, String documentId) {
        return data(rpc("document.get", key, "{\"document_id\": \"" + documentId + "\"}"))
                .getJsonObject("document");
    }

    /** The client's POST of the form reaching the storage: the bytes land under the form's key. */
    private static void arrive(JsonObject created, byte[] bytes) {
        String key = created.getJsonObject("presign_values").getString("key");
        api.ports().directUploadStore().arrive(new StorageKey(key), bytes);
    }

    private static void assertError(Resp r, int status, String type, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().keySet()).containsExactly("error");
        JsonObject error = r.json().getJsonObject("error");
        assertThat(error.getString("type")).isEqualTo(type);
        assertThat(error.getString("message")).isNotBlank();
        if (field == null) {
            assertThat(error.keySet()).containsExactly("type", "message");
        } else {
            assertThat(error.keySet()).containsExactly("type", "message", "fields");
            assertThat(error.getJsonObject("fields").keySet()).as(r.toString()).contains(field);
            assertThat(error.getString("message")).startsWith(field + ": ");
        }
    }

    @Nested
    class Documents {
        @Test
        void givenSubject_whenDocumentCreated_thenTheUploadFormInTheDataEnvelope() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");

            JsonObject doc = create(t.apiKey(), sr(entity), "passport.pdf", 1234);

            assertThat(doc.keySet()).containsExactly("document_id", "upload_url", "presign_values");
            assertThat(doc.getString("document_id")).startsWith("d_").hasSize(24);
            assertThat(doc.getString("upload_url")).isEqualTo("https://storage.example/upload");
            assertThat(doc.getJsonObject("presign_values").getString("Content-Type"))
                    .isEqualTo("application/pdf");
        }

        @Test
        void givenTheFileArrived_whenDocumentGot_thenCompleteAndReadableThroughTheLibrary() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");
            byte[] pdf = Fixtures.pdf();
            JsonObject created = create(t.apiKey(), sr(entity), "passport.pdf", pdf.length);
            String id = created.getString("document_id");

            JsonObject pending = get(t.apiKey(), id);
            arrive(created, pdf);
            JsonObject complete = get(t.apiKey(), id);

            assertThat(pending.getString("upload_status")).isEqualTo("PENDING");
            assertThat(complete.keySet())
                    .containsExactly(
                            "document_id",
                            "subject_record_id",
                            "file_name",
                            "file_size_in_bytes",
                            "content_type",
                            "upload_status",
                            "failure_reason",
                            "sha256",
                            "created_at",
                            "updated_at");
            assertThat(complete.getString("upload_status")).isEqualTo("COMPLETE");
            assertThat(complete.getString("subject_record_id")).isEqualTo(sr(entity));
            assertThat(complete.getString("sha256")).isEqualTo(Fixtures.sha256Hex(pdf));
            assertThat(complete.isNull("failure_reason")).isTrue();
            String uuid = PrefixedIds.decode("d_", id).toString();
            assertThat(api.get("/api/v1/entities/" + entity + "/documents/" + uuid + "/", t.apiKey())
                            .json()
                            .getString("name"))
                    .isEqualTo("passport.pdf");
            // a plain UUID works as input too
            assertThat(get(t.apiKey(), uuid).getString("document_id")).isEqualTo(id);
        }

        @Test
        void givenAnExecutableNamedPdf_whenItArrives_thenFailedWithAReason() {
            var t = api.newTenant();
            String entity = api.newEntity(t.apiKey(), "Acme");
            byte[] exe = Fixtures.exe();
            JsonObject created = create(t.apiKey(), sr(entity), "passport.pdf", exe.length);

            arrive(created, exe);
            JsonObject failed = get(t.apiKey(), created.getString("document_id"));

            assertThat(failed.getString("upload_status")).isEqualTo("FAILED");
            assertThat(failed.getString("failure_reason")).isEqualTo("The uploaded file's content is not PDF.");
        }

        @Test
        void givenBadDocumentCreateRequests_then400NamingTheFieldAndNothingCreated() {
            var t = api.newTenant();
            String ok = "\"subject_record_id\": \"" + sr(api.newEntity(t.apiKey(), "Strict Ltd")) + "\"";
            int before = api.ports().directUploads().size();
            Map<String, String> cases = new LinkedHashMap<>();
            cases.put("{" + ok + ", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 10, \"colour\": 1}", "colour");
            cases.put("{" + ok + ", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": \"10\"}", "file_size_in_bytes");
            cases.put("{" + ok + ", \"file_name\": 7, \"file_size_in_bytes\": 10}", "file_name");
            cases.put("{\"file_name\": \"a.pdf\", \"file_size_in_bytes\": 10}", "subject_record_id");
            cases.put(
                    "{\"subject_record_id\": \"sr_nope\", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 10}",
                    "subject_record_id");
            cases.put("{" + ok + ", \"file_name\": \"setup.exe\", \"file_size_in_bytes\": 10}", "file_name");
            cases.put("{" + ok + ", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 0}", "file_size_in_bytes");

            cases.forEach((body, field) ->
                    assertError(rpc("document.create", t.apiKey(), body), 400, "invalid_request", field));
            assertError(rpc("document.create", t.apiKey(), "{not json"), 400, "invalid_request", null);
            assertError(rpc("document.create", t.apiKey(), "[1]"), 400, "invalid_request", null);
            assertThat(rpc(
                                    "document.create",
                                    t.apiKey(),
                                    "{" + ok + ", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 10485761}")
                            .toString())
                    .isEqualTo("400 {\"error\":{\"type\":\"invalid_request\",\"message\":\"file_size_in_bytes: File"
                            + " size exceeds maximum allowed size of 10MB\",\"fields\":{\"file_size_in_bytes\":"
                            + "[\"File size exceeds maximum allowed size of 10MB\"]}}}");
            assertThat(api.ports().directUploads().size()).isEqualTo(before);
        }

        @Test
        void givenAnotherTenantsIds_thenExactlyLikeMissingOnes() {
            var owner = api.newTenant();
            var other = api.newTenant();
            String entity = api.newEntity(owner.apiKey(), "Owner Ltd");
            String doc = create(owner.apiKey(), sr(entity), "passport.pdf", 100).getString("document_id");
            String missing = PrefixedIds.encode("d_", UUID.randomUUID());
            String create = "{\"subject_record_id\": \"%s\", \"file_name\": \"a.pdf\", \"file_size_in_bytes\": 10}";

            Resp foreignDoc = rpc("document.get", other.apiKey(), "{\"document_id\": \"" + doc + "\"}");
            Resp absentDoc = rpc("document.get", other.apiKey(), "{\"document_id\": \"" + missing + "\"}");
            Resp foreignSubject = rpc("document.create", other.apiKey(), create.formatted(sr(entity)));

            assertThat(foreignDoc.status()).isEqualTo(404);
            assertThat(foreignDoc.text()).isEqualTo(absentDoc.text());
            assertThat(foreignDoc.json().getJsonObject("error").getString("type"))
                    .isEqualTo("not_found");
            assertThat(foreignSubject.toString())
                    .isEqualTo("404 {\"error\":{\"type\":\"not_found\",\"message\":\"No such subject record.\"}}");
        }

        @Test
        void givenAKeyWithoutTheDocumentsScope_then403InTheRpcShape() {
            var reviewer = api.newTenant("review");
            String subject = PrefixedIds.encode("sr_", UUID.randomUUID());

            Resp r = rpc(
                    "document.create",
                    reviewer.apiKey(),
                    "{\"subject_record_id\": \"" + subject + "\", \"file_name\": \"a.pdf\", \"file_size_in_bytes\":"
                            + " 10}");

            assertThat(r.toString())
                    .isEqualTo("403 {\"error\":{\"type\":\"permission_denied\",\"message\":\"You do not have"
                            + " permission to perform this action.\"}}");
        }

        @Test
        void givenSameKey_whenDocumentCreateRepeated_thenReplayed_andADifferentRequestIs422() {
            var t = api.newTenant();
            String subject = sr(api.newEntity(t.apiKey(), "Acme"));
            String body = "{\"subject_record_id\": \"" + subject + "\", \"file_name\": \"a.pdf\", "
                    + "\"file_size_in_bytes\": 10}";
            String key = "rpc-" + UUID.randomUUID();

            Resp first = api.postJson("/document.create", t.apiKey(), body, "Idempotency-Key", key);
            Resp again = api.postJson("/document.create", t.apiKey(), body, "Idempotency-Key", key);
            Resp other = api.postJson(
                    "/document.create", t.apiKey(), body.replace("a.pdf", "b.pdf"), "Idempotency-Key", key);

            assertThat(first.status()).isEqualTo(200);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.text()).isEqualTo(first.text());
            assertThat(other.status()).isEqualTo(422);
            assertThat(other.json().getJsonObject("error").getString("type")).isEqualTo("idempotency_key_reused");
        }
    }

    @Nested
    class UploadReceiver {
        @Test
        void givenStorageThatReceivesItsOwnUploads_whenAFormIsPostedHere_then404InTheRpcShape() {
            Resp r = api.post(
                    "/direct-uploads", null, Multipart.form().field("key", "x").file("file", "a.pdf", Fixtures.pdf()));

            assertThat(r.toString()).isEqualTo("404 {\"error\":{\"type\":\"not_found\",\"message\":\"Not found.\"}}");
        }

        @Test
        void givenAFormWithoutFile_then400InTheRpcShape() {
            Resp r = api.post("/direct-uploads", null, Multipart.form().field("key", "x"));

            assertThat(r.toString())
                    .isEqualTo("400 {\"error\":{\"type\":\"invalid_request\",\"message\":\"The form has no file"
                            + " field.\"}}");
        }
    }

    @Nested
    class Workflows {
        private String workflow(String key, String subject) {
            JsonObject w = data(rpc(
                            "workflow.create",
                            key,
                            "{\"subject_record_id\": \"" + subject
                                    + "\", \"workflow_type\": \"BUSINESS_APPLICATION\"}"))
                    .getJsonObject("workflow");
            assertThat(w.keySet())
                    .containsExactly(
                            "workflow_id",
                            "subject_record_id",
                            "workflow_type",
                            "workflow_status",
                            "created_at",
                            "updated_at");
            assertThat(w.getString("workflow_id")).startsWith("w_").hasSize(24);
            assertThat(w.getString("workflow_status")).isEqualTo("IN_PROGRESS");
            return w.getString("workflow_id");
        }

        private String requirement(String key, String workflow, String code) {
            JsonObject rd = data(rpc(
                            "workflow.requiredDocument.add",
                            key,
                            "{\"workflow_id\": \"" + workflow + "\", \"document_type_code\": \"" + code
                                    + "\", \"name\": \"" + code + "\", \"requirement_text\": \"Required\"}"))
                    .getJsonObject("required_document");
            assertThat(rd.getString("required_document_status")).isEqualTo("INACTIVE");
            assertThat(rd.getString("category")).isEqualTo("REQUIREMENT");
            return rd.getString("required_document_id");
        }

        private String completedDocument(String key, String subject) {
            byte[] pdf = Fixtures.pdf();
            JsonObject created = create(key, subject, "license.pdf", pdf.length);
            arrive(created, pdf);
            assertThat(get(key, created.getString("document_id")).getString("upload_status"))
                    .isEqualTo("COMPLETE");
            return created.getString("document_id");
        }

        @Test
        void givenWorkflow_whenADocumentFulfilsTwoRequirements_thenBothLinkedPendingAndFulfilled() {
            var t = api.newTenant();
            String subject = sr(api.newEntity(t.apiKey(), "Flow Ltd"));
            String document = completedDocument(t.apiKey(), subject);
            String w = workflow(t.apiKey(), subject);
            String passport = requirement(t.apiKey(), w, "PASSPORT");
            api.tick();
            String address = requirement(t.apiKey(), w, "PROOF_OF_ADDRESS");

            JsonArray added = data(rpc(
                            "workflow.requiredDocument.fulfillment.batchAdd",
                            t.apiKey(),
                            "{\"workflow_id\": \"" + w + "\", \"fulfillments\": [{\"required_document_id\": \""
                                    + passport + "\", \"document_id\": \"" + document + "\"},"
                                    + " {\"required_document_id\": \"" + address + "\", \"document_id\": \""
                                    + document + "\"}]}"))
                    .getJsonArray("fulfillments");
            JsonArray listed = data(rpc(
                            "workflow.requiredDocument.fulfillment.list",
                            t.apiKey(),
                            "{\"workflow_id\": \"" + w + "\"}"))
                    .getJsonArray("fulfillments");
            JsonArray requirements = data(rpc(
                            "workflow.requiredDocument.list", t.apiKey(), "{\"workflow_id\": \"" + w + "\"}"))
                    .getJsonArray("required_documents");

            assertThat(added).hasSize(2);
            JsonObject f = added.getJsonObject(0);
            assertThat(f.keySet())
                    .containsExactly(
                            "fulfillment_id",
                            "required_document_id",
                            "document_id",
                            "decision_status",
                            "created_at",
                            "updated_at");
            assertThat(f.getString("fulfillment_id")).startsWith("f_");
            assertThat(f.getString("decision_status")).isEqualTo("PENDING");
            assertThat(listed).hasSize(2);
            assertThat(requirements.getValuesAs(JsonObject.class))
                    .extracting(r -> r.getString("document_type_code"))
                    .containsExactly("PROOF_OF_ADDRESS", "PASSPORT");
            assertThat(requirements.getValuesAs(JsonObject.class))
                    .extracting(r -> r.getString("required_document_status"))
                    .containsOnly("FULFILLED");
        }

        @Test
        void givenABadBatchItem_thenNothingAdded_andTheItemIsNamed() {
            var t = api.newTenant();
            String subject = sr(api.newEntity(t.apiKey(), "Atomic Ltd"));
            String good = completedDocument(t.apiKey(), subject);
            String w = workflow(t.apiKey(), subject);
            String passport = requirement(t.apiKey(), w, "PASSPORT");

            Resp r = rpc(
                    "workflow.requiredDocument.fulfillment.batchAdd",
                    t.apiKey(),
                    "{\"workflow_id\": \"" + w + "\", \"fulfillments\": [{\"required_document_id\": \"" + passport
                            + "\", \"document_id\": \"" + good + "\"}, {\"required_document_id\": \"" + passport
                            + "\", \"document_id\": \"d_bad\"}]}");

            assertError(r, 400, "invalid_request", "fulfillments[1].document_id");
            assertThat(data(rpc(
                                    "workflow.requiredDocument.fulfillment.list",
                                    t.apiKey(),
                                    "{\"workflow_id\": \"" + w + "\"}"))
                            .getJsonArray("fulfillments"))
                    .isEmpty();
        }

        @Test
        void givenACompletedWorkflow_whenFulfilled_then409Conflict() {
            var t = api.newTenant();
            String subject = sr(api.newEntity(t.apiKey(), "Done Ltd"));
            String good = completedDocument(t.apiKey(), subject);
            String w = workflow(t.apiKey(), subject);
            String passport = requirement(t.apiKey(), w, "PASSPORT");

            JsonObject completed = data(rpc("workflow.complete", t.apiKey(), "{\"workflow_id\": \"" + w + "\"}"))
                    .getJsonObject("workflow");
            Resp late = rpc(
                    "workflow.requiredDocument.fulfillment.batchAdd",
                    t.apiKey(),
                    "{\"workflow_id\": \"" + w + "\", \"fulfillments\": [{\"required_document_id\": \"" + passport
                            + "\", \"document_id\": \"" + good + "\"}]}");

            assertThat(completed.getString("workflow_status")).isEqualTo("COMPLETED");
            String why = "The workflow is completed; nothing can be added to it.";
            assertThat(late.toString())
                    .isEqualTo("409 {\"error\":{\"type\":\"conflict\",\"message\":\"" + why
                            + "\",\"fields\":{\"workflow_id\":[\"" + why + "\"]}}}");
        }

        @Test
        void givenBadWorkflowRequests_then4xxInTheSurfacesErrorShape() {
            var t = api.newTenant();
            var other = api.newTenant();
            String subject = sr(api.newEntity(t.apiKey(), "Errors Ltd"));
            String w = workflow(t.apiKey(), subject);

            Resp badType = rpc(
                    "workflow.create",
                    t.apiKey(),
                    "{\"subject_record_id\": \"" + subject + "\", \"workflow_type\": \"HOLIDAY\"}");
            Resp badCode = rpc(
                    "workflow.requiredDocument.add",
                    t.apiKey(),
                    "{\"workflow_id\": \"" + w + "\", \"document_type_code\": \"passport doc\", \"name\": \"\"}");
            Resp foreign = rpc("workflow.requiredDocument.list", other.apiKey(), "{\"workflow_id\": \"" + w + "\"}");
            Resp missing = rpc(
                    "workflow.requiredDocument.list",
                    other.apiKey(),
                    "{\"workflow_id\": \"" + PrefixedIds.encode("w_", UUID.randomUUID()) + "\"}");

            assertError(badType, 400, "invalid_request", "workflow_type");
            assertThat(badCode.json()
                            .getJsonObject("error")
                            .getJsonObject("fields")
                            .keySet())
                    .containsExactlyInAnyOrder("document_type_code", "name");
            assertError(foreign, 404, "not_found", null);
            assertThat(foreign.text()).isEqualTo(missing.text());
        }
    }
}
