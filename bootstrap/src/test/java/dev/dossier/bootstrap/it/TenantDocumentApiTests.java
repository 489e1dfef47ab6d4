package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Library v1 tenant documents. */
interface TenantDocumentApiTests extends ApiTest {

    @Test
    default void givenPdf_whenUploaded_then201WithTheReferenceDocumentObject() {
        var t = api().newTenant();
        byte[] pdf = TestFiles.pdf("statement");
        Resp r = api().uploadTenantDocument(t.apiKey(), "financial_statement_2024.pdf", pdf, "Financial Statement");
        assertThat(r.status()).isEqualTo(201);
        JsonObject d = r.json();
        assertThat(d.keySet())
                .containsExactlyInAnyOrder(
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
        assertThat(Instant.parse(d.getString("created_at")))
                .isBefore(Instant.now().plusSeconds(5));
        assertThat(d.get("expiry_date")).isEqualTo(JsonValue.NULL);
    }

    @Test
    default void givenClassificationAndExpiry_whenUploaded_thenBothKept() {
        var t = api().newTenant();
        Resp r = api().upload(
                        "/api/v1/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Passport", "classification", "shared", "expiry_date", "2031-05-01"),
                        "passport.pdf",
                        TestFiles.pdf("passport"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().getString("classification")).isEqualTo("shared");
        assertThat(r.json().getString("expiry_date")).isEqualTo("2031-05-01");
    }

    @Test
    default void givenDocuments_whenListed_thenNewestFirstFilteredAndLimited() {
        var t = api().newTenant();
        String a = api().uploadTenantDocument(t.apiKey(), "a.pdf", TestFiles.pdf("a"), "Financial Statement")
                .json()
                .getString("id");
        String b = api().uploadTenantDocument(t.apiKey(), "b.pdf", TestFiles.pdf("b"), "Policy Document")
                .json()
                .getString("id");
        String c = api().uploadTenantDocument(t.apiKey(), "c.pdf", TestFiles.pdf("c"), "Financial Statement")
                .json()
                .getString("id");

        JsonObject all = api().get("/api/v1/documents/", t.apiKey()).json();
        assertThat(all.getInt("count")).isEqualTo(3);
        assertThat(ids(all)).containsExactly(c, b, a);

        JsonObject financial = api().get("/api/v1/documents/?document_type=Financial%20Statement", t.apiKey())
                .json();
        assertThat(financial.getInt("count")).isEqualTo(2);
        assertThat(ids(financial)).containsExactly(c, a);

        JsonObject limited = api().get("/api/v1/documents/?limit=1", t.apiKey()).json();
        assertThat(limited.getInt("count")).isEqualTo(3);
        assertThat(ids(limited)).containsExactly(c);

        assertThat(api().outsideContract()
                        .get("/api/v1/documents/?limit=1001", t.apiKey())
                        .status())
                .isEqualTo(400);
        assertThat(api().outsideContract()
                        .get("/api/v1/documents/?limit=-3", t.apiKey())
                        .status())
                .isEqualTo(400);
    }

    @Test
    default void givenDocument_whenFetchedWithAndWithoutTrailingSlash_thenSameObject() {
        var t = api().newTenant();
        JsonObject d = api().uploadTenantDocument(t.apiKey(), "x.pdf", TestFiles.pdf("x"), "Other")
                .json();
        assertThat(api().get("/api/v1/documents/" + d.getString("id") + "/", t.apiKey())
                        .json())
                .isEqualTo(d);
        assertThat(api().get("/api/v1/documents/" + d.getString("id"), t.apiKey())
                        .json())
                .isEqualTo(d);
        assertThat(api().get("/api/v1/documents", t.apiKey()).status()).isEqualTo(200);
    }

    @Test
    default void givenDocument_whenDeleted_then204AndGoneEverywhere() {
        var t = api().newTenant();
        String id = api().uploadTenantDocument(t.apiKey(), "x.pdf", TestFiles.pdf("x"), "Other")
                .json()
                .getString("id");
        String link = api().get("/api/v1/documents/" + id + "/download/", t.apiKey())
                .json()
                .getString("download_url");

        Resp deleted = api().delete("/api/v1/documents/" + id + "/", t.apiKey());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api().get("/api/v1/documents/" + id + "/", t.apiKey()).status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/documents/", t.apiKey()).json().getInt("count"))
                .isZero();
        assertThat(api().delete("/api/v1/documents/" + id + "/", t.apiKey()).status())
                .isEqualTo(404);
        Resp redeemed = api().get(link, null);
        assertThat(redeemed.status()).isEqualTo(404);
        assertThat(redeemed.json().getString("detail")).isEqualTo("Not found.");
    }

    private static java.util.List<String> ids(JsonObject list) {
        return list.getJsonArray("documents").stream()
                .map(v -> v.asJsonObject().getString("id"))
                .toList();
    }
}
