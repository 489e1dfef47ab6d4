package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Library v1 entity documents. */
interface EntityDocumentApiTests extends ApiTest {

    @Test
    default void givenEntity_whenDocumentUploaded_thenEntityPrivateAndListedWithEntityName() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme Corporation Ltd", "company");
        String base = "/api/v1/entities/" + entity + "/documents/";
        Resp up = api().upload(
                        base + "upload/",
                        t.apiKey(),
                        Map.of("document_type", "Certificate of Incorporation"),
                        "certificate_of_incorporation.pdf",
                        TestFiles.pdf("coi"));
        assertThat(up.status()).isEqualTo(201);
        JsonObject d = up.json();
        assertThat(d.getString("classification")).isEqualTo("entity_private");
        assertThat(d.getString("document_type_name")).isEqualTo("Certificate of Incorporation");

        JsonObject list = api().get(base, t.apiKey()).json();
        assertThat(list.keySet()).containsExactly("count", "entity_id", "entity_name", "documents");
        assertThat(list.getInt("count")).isEqualTo(1);
        assertThat(list.getString("entity_id")).isEqualTo(entity);
        assertThat(list.getString("entity_name")).isEqualTo("Acme Corporation Ltd");
        assertThat(list.getJsonArray("documents").getJsonObject(0)).isEqualTo(d);

        assertThat(api().get(base + d.getString("id") + "/", t.apiKey()).json()).isEqualTo(d);
        JsonObject link =
                api().get(base + d.getString("id") + "/download/", t.apiKey()).json();
        assertThat(link.getString("filename")).isEqualTo("certificate_of_incorporation.pdf");
        assertThat(api().get(link.getString("download_url"), null).body()).isEqualTo(TestFiles.pdf("coi"));

        assertThat(api().delete(base + d.getString("id") + "/", t.apiKey()).status())
                .isEqualTo(204);
        assertThat(api().get(base, t.apiKey()).json().getInt("count")).isZero();
    }

    @Test
    default void givenEntityDocument_whenAddressedAsLibraryDocumentOrViaOtherEntity_then404() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Owner", "company");
        String other = api().createEntity(t.apiKey(), "Other", "individual");
        String id = api().upload(
                        "/api/v1/entities/" + entity + "/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Bank Statement"),
                        "bank_statement.pdf",
                        TestFiles.pdf("bs"))
                .json()
                .getString("id");
        String library = api().uploadTenantDocument(t.apiKey(), "policy.pdf", TestFiles.pdf("p"), "Policy")
                .json()
                .getString("id");

        assertThat(api().get("/api/v1/documents/" + id + "/", t.apiKey()).status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/entities/" + other + "/documents/" + id + "/", t.apiKey())
                        .status())
                .isEqualTo(404);
        assertThat(api().delete("/api/v1/entities/" + other + "/documents/" + id + "/", t.apiKey())
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/entities/" + entity + "/documents/" + library + "/", t.apiKey())
                        .status())
                .isEqualTo(404);
        // library list holds only library documents
        assertThat(api().get("/api/v1/documents/", t.apiKey()).json().getInt("count"))
                .isEqualTo(1);
        assertThat(api().get("/api/v1/entities/" + entity + "/documents/" + id + "/", t.apiKey())
                        .status())
                .isEqualTo(200);
    }

    @Test
    default void givenMissingEntity_whenDocumentsListedOrUploaded_then404() {
        var t = api().newTenant();
        String missing = UUID.randomUUID().toString();
        Resp list = api().get("/api/v1/entities/" + missing + "/documents/", t.apiKey());
        assertThat(list.status()).isEqualTo(404);
        assertThat(list.json().getString("detail")).isEqualTo("Not found.");
        Resp up = api().upload(
                        "/api/v1/entities/" + missing + "/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Bank Statement"),
                        "b.pdf",
                        TestFiles.pdf("b"));
        assertThat(up.status()).isEqualTo(404);
        assertThat(api().outsideContract()
                        .get("/api/v1/entities/not-a-uuid/documents/", t.apiKey())
                        .status())
                .isEqualTo(404);
    }
}
