package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import dev.dossier.domain.shared.PrefixedIds;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The reference's optional step 3: workflows, their required documents, and fulfillments that
 * link uploaded documents to them, including the all-or-nothing batch.
 */
interface WorkflowApiTests extends DirectUploadApiTests {

    private String completedDocument(String key, String entity, String marker) throws InterruptedException {
        byte[] pdf = TestFiles.pdf(marker);
        JsonObject doc = createDocument(key, DirectUploadApiTests.sr(entity), marker + ".pdf", pdf.length);
        assertThat(upload(doc, Map.of(), pdf)).isEqualTo(204);
        JsonObject done = awaitDocument(
                key,
                doc.getString("document_id"),
                d -> "COMPLETE".equals(d.getString("upload_status")),
                Duration.ofSeconds(20));
        assertThat(done.getString("upload_status")).isEqualTo("COMPLETE");
        return doc.getString("document_id");
    }

    private JsonObject data(Resp r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonObject("data");
    }

    private String requirement(String key, String workflow, String code, String name) {
        JsonObject rd = data(rpc(
                        "workflow.requiredDocument.add",
                        key,
                        "{\"workflow_id\": \"" + workflow
                                + "\", \"document_type_code\": \"" + code + "\", \"name\": \"" + name
                                + "\", \"requirement_text\": \"Valid " + name + " required\"}"))
                .getJsonObject("required_document");
        assertThat(rd.getString("required_document_status")).isEqualTo("INACTIVE");
        assertThat(rd.getString("category")).isEqualTo("REQUIREMENT");
        return rd.getString("required_document_id");
    }

    private JsonArray fulfillments(String key, String workflow) {
        return data(rpc("workflow.requiredDocument.fulfillment.list", key, "{\"workflow_id\": \"" + workflow + "\"}"))
                .getJsonArray("fulfillments");
    }

    private static String item(String requirement, String document) {
        return "{\"required_document_id\": \"" + requirement + "\", \"document_id\": \"" + document + "\"}";
    }

    @Test
    default void givenWorkflow_whenOneDocumentFulfilsTwoRequirements_thenBothAreLinkedAndPending() throws Exception {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Flow Ltd", "company");
        String document = completedDocument(t.apiKey(), entity, "license");
        JsonObject workflow = data(rpc(
                        "workflow.create",
                        t.apiKey(),
                        "{\"subject_record_id\": \"" + DirectUploadApiTests.sr(entity)
                                + "\", \"workflow_type\": \"BUSINESS_APPLICATION\"}"))
                .getJsonObject("workflow");
        String w = workflow.getString("workflow_id");
        assertThat(w).startsWith("w_").hasSize(24);
        assertThat(workflow.getString("workflow_status")).isEqualTo("IN_PROGRESS");
        String id = requirement(t.apiKey(), w, "PASSPORT", "Passport Document");
        String address = requirement(t.apiKey(), w, "PROOF_OF_ADDRESS", "Proof of address");

        JsonArray added = data(rpc(
                        "workflow.requiredDocument.fulfillment.batchAdd",
                        t.apiKey(),
                        "{\"workflow_id\": \"" + w + "\", \"fulfillments\": [" + item(id, document) + ", "
                                + item(address, document) + "]}"))
                .getJsonArray("fulfillments");

        assertThat(added).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonObject f = added.getJsonObject(i);
            assertThat(f.getString("fulfillment_id")).startsWith("f_");
            assertThat(f.getString("document_id")).isEqualTo(document);
            assertThat(f.getString("decision_status")).isEqualTo("PENDING");
        }
        assertThat(added.getJsonObject(0).getString("required_document_id")).isEqualTo(id);
        assertThat(fulfillments(t.apiKey(), w)).hasSize(2);
        JsonArray requirements = data(rpc(
                        "workflow.requiredDocument.list", t.apiKey(), "{\"workflow_id\": \"" + w + "\"}"))
                .getJsonArray("required_documents");
        assertThat(requirements)
                .extracting(v -> v.asJsonObject().getString("document_type_code"))
                .containsExactly("PROOF_OF_ADDRESS", "PASSPORT");
        assertThat(requirements)
                .extracting(v -> v.asJsonObject().getString("required_document_status"))
                .containsOnly("FULFILLED");
        // plain UUIDs work as input too
        assertThat(data(rpc(
                                "workflow.requiredDocument.fulfillment.list",
                                t.apiKey(),
                                "{\"workflow_id\": \""
                                        + PrefixedIds.decode("w_", w) + "\", \"required_document_id\": \""
                                        + PrefixedIds.decode("rd_", id)
                                        + "\"}"))
                        .getJsonArray("fulfillments"))
                .hasSize(1);

        // a linked document deleted through the Library surface takes its fulfillments along
        String other = completedDocument(t.apiKey(), entity, "deleted later");
        data(rpc(
                "workflow.requiredDocument.fulfillment.batchAdd",
                t.apiKey(),
                "{\"workflow_id\": \"" + w + "\", \"fulfillments\": [" + item(id, other) + "]}"));
        assertThat(fulfillments(t.apiKey(), w)).hasSize(3);
        Resp deleted = api().delete(
                        "/api/v1/entities/" + entity + "/documents/" + PrefixedIds.decode("d_", other) + "/",
                        t.apiKey());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(fulfillments(t.apiKey(), w)).hasSize(2);
        assertThat(rpc("document.get", t.apiKey(), "{\"document_id\": \"" + other + "\"}")
                        .status())
                .isEqualTo(404);

        if (databaseUrl().isPresent()) {
            verifyInTheDatabase(PrefixedIds.decode("d_", document));
            assertThat(fulfillments(t.apiKey(), w))
                    .extracting(v -> v.asJsonObject().getString("decision_status"))
                    .containsOnly("APPROVED");
        }
    }

    /** Stands in for the review endpoints (built separately): marks the document verified. */
    private void verifyInTheDatabase(UUID document) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        databaseUrl().get(), System.getenv("DOSSIER_DB_USER"), System.getenv("DOSSIER_DB_PASSWORD"));
                PreparedStatement s = c.prepareStatement("UPDATE document SET review_status = 'VERIFIED',"
                        + " decided_at = CURRENT_TIMESTAMP, decided_by = 'reviewer@example.com' WHERE id = ?")) {
            s.setObject(1, document);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    default void givenBatchWithOneBadItem_whenAdded_thenNothingIsAddedAndTheItemIsNamed() throws Exception {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Atomic Ltd", "company");
        String otherEntity = api().createEntity(t.apiKey(), "Other Subject Ltd", "company");
        String good = completedDocument(t.apiKey(), entity, "good");
        String foreign = completedDocument(t.apiKey(), otherEntity, "foreign");
        String pending = createDocument(t.apiKey(), DirectUploadApiTests.sr(entity), "later.pdf", 500)
                .getString("document_id");
        String w = data(rpc(
                        "workflow.create",
                        t.apiKey(),
                        "{\"subject_record_id\": \"" + DirectUploadApiTests.sr(entity)
                                + "\", \"workflow_type\": \"BUSINESS_UNDERWRITING\"}"))
                .getJsonObject("workflow")
                .getString("workflow_id");
        String passport = requirement(t.apiKey(), w, "PASSPORT", "Passport");
        String statement = requirement(t.apiKey(), w, "BANK_STATEMENT", "Bank Statement");

        Map<String, String> badSecondItems = Map.of(
                item(statement, pending), "fulfillments[1].document_id",
                item(statement, foreign), "fulfillments[1].document_id",
                item(statement, PrefixedIds.encode("d_", UUID.randomUUID())), "fulfillments[1].document_id",
                item(PrefixedIds.encode("rd_", UUID.randomUUID()), good), "fulfillments[1].required_document_id",
                item(statement, "d_bad"), "fulfillments[1].document_id",
                item(passport, good), "fulfillments[1].document_id");
        badSecondItems.forEach((second, field) -> {
            Resp r = rpc(
                    "workflow.requiredDocument.fulfillment.batchAdd",
                    t.apiKey(),
                    "{\"workflow_id\": \"" + w + "\", \"fulfillments\": [" + item(passport, good) + ", " + second
                            + "]}");
            assertThat(r.status()).as(second + " -> " + r).isEqualTo(400);
            JsonObject error = r.json().getJsonObject("error");
            assertThat(error.getString("type")).isEqualTo("invalid_request");
            assertThat(error.getJsonObject("fields").keySet()).as(r.toString()).containsExactly(field);
            assertThat(fulfillments(t.apiKey(), w))
                    .as("nothing added by " + second)
                    .isEmpty();
        });
        Resp notComplete = rpc(
                "workflow.requiredDocument.fulfillment.batchAdd",
                t.apiKey(),
                "{\"workflow_id\": \"" + w + "\", \"fulfillments\": [" + item(statement, pending) + "]}");
        assertThat(notComplete
                        .json()
                        .getJsonObject("error")
                        .getJsonObject("fields")
                        .getJsonArray("fulfillments[0].document_id")
                        .getString(0))
                .isEqualTo("The document is not COMPLETE (upload_status PENDING).");

        Resp empty = rpcOutsideContract(
                "workflow.requiredDocument.fulfillment.batchAdd",
                t.apiKey(),
                "{\"workflow_id\": \"" + w + "\", \"fulfillments\": []}");
        assertThat(empty.status()).isEqualTo(400);
        Resp unknownField = rpcOutsideContract(
                "workflow.requiredDocument.fulfillment.batchAdd",
                t.apiKey(),
                "{\"workflow_id\": \"" + w + "\", \"fulfillments\": [{\"document_id\": \"" + good + "\", \"x\": 1}]}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField
                        .json()
                        .getJsonObject("error")
                        .getJsonObject("fields")
                        .keySet())
                .contains("fulfillments[0].x", "fulfillments[0].required_document_id");

        // the good item alone goes in; after completion nothing more does
        assertThat(data(rpc(
                                "workflow.requiredDocument.fulfillment.batchAdd",
                                t.apiKey(),
                                "{\"workflow_id\": \"" + w + "\", \"fulfillments\": [" + item(passport, good) + "]}"))
                        .getJsonArray("fulfillments"))
                .hasSize(1);
        assertThat(data(rpc("workflow.complete", t.apiKey(), "{\"workflow_id\": \"" + w + "\"}"))
                        .getJsonObject("workflow")
                        .getString("workflow_status"))
                .isEqualTo("COMPLETED");
        Resp completed = rpc(
                "workflow.requiredDocument.fulfillment.batchAdd",
                t.apiKey(),
                "{\"workflow_id\": \"" + w + "\", \"fulfillments\": [" + item(statement, good) + "]}");
        assertThat(completed.status()).as(completed.toString()).isEqualTo(409);
        assertThat(completed.json().getJsonObject("error").getString("type")).isEqualTo("conflict");
        assertThat(fulfillments(t.apiKey(), w)).hasSize(1);
    }

    @Test
    default void givenBadWorkflowRequests_then4xxInTheSurfacesErrorShape() {
        var t = api().newTenant();
        var other = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Errors Ltd", "company");
        Resp badType = rpcOutsideContract(
                "workflow.create",
                t.apiKey(),
                "{\"subject_record_id\": \"" + DirectUploadApiTests.sr(entity) + "\", \"workflow_type\": \"HOLIDAY\"}");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().getJsonObject("error").getJsonObject("fields").containsKey("workflow_type"))
                .isTrue();
        String w = data(rpc(
                        "workflow.create",
                        t.apiKey(),
                        "{\"subject_record_id\": \"" + DirectUploadApiTests.sr(entity)
                                + "\", \"workflow_type\": \"ACCOUNT_PROVISIONING\"}"))
                .getJsonObject("workflow")
                .getString("workflow_id");
        Resp badCode = rpcOutsideContract(
                "workflow.requiredDocument.add",
                t.apiKey(),
                "{\"workflow_id\": \"" + w + "\", \"document_type_code\": \"passport doc\", \"name\": \"\"}");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().getJsonObject("error").getJsonObject("fields").keySet())
                .containsExactlyInAnyOrder("document_type_code", "name");
        Resp foreign = rpc("workflow.requiredDocument.list", other.apiKey(), "{\"workflow_id\": \"" + w + "\"}");
        Resp missing = rpc(
                "workflow.requiredDocument.list",
                other.apiKey(),
                "{\"workflow_id\": \"" + PrefixedIds.encode("w_", UUID.randomUUID()) + "\"}");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).isEqualTo(missing.text());
        assertThat(data(rpc("workflow.requiredDocument.list", t.apiKey(), "{\"workflow_id\": \"" + w + "\"}"))
                        .getJsonArray("required_documents"))
                .isEmpty();
    }
}
