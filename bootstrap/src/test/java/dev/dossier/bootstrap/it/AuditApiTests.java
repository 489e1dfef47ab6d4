package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit trail of confidential documents, read through the admin API. */
interface AuditApiTests extends ApiTest {

    private JsonObject events(String tenantId, String query) {
        Resp r = api().get("/api/admin/tenants/" + tenantId + "/audit-events" + query, api().adminToken());
        ApiClient.check(r, 200);
        return r.json();
    }

    private static List<String> actions(JsonObject page) {
        return page.getJsonArray("results").stream()
                .map(v -> v.asJsonObject().getString("action"))
                .toList();
    }

    @Test
    default void givenConfidentialDocument_whenReadLinkedRedeemedAndDeleted_thenEachIsAuditedNewestFirst() {
        var t = api().newTenant("documents", "confidential");
        String id = api().upload(
                        "/api/v1/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Passport", "classification", "confidential"),
                        "passport.pdf",
                        TestFiles.pdf("audited"))
                .json()
                .getString("id");
        String ordinary = api().uploadTenantDocument(t.apiKey(), "policy.pdf", TestFiles.pdf("plain"), "Policy")
                .json()
                .getString("id");

        ApiClient.check(api().get("/api/v1/documents/" + id + "/", t.apiKey()), 200);
        String url = api().get("/api/v1/documents/" + id + "/download/", t.apiKey())
                .json()
                .getString("download_url");
        ApiClient.check(api().get(url, null), 200);
        ApiClient.check(api().delete("/api/v1/documents/" + id + "/", t.apiKey()), 204);
        // an ordinary document leaves no trail
        ApiClient.check(api().get("/api/v1/documents/" + ordinary + "/", t.apiKey()), 200);
        api().get(
                        api().get("/api/v1/documents/" + ordinary + "/download/", t.apiKey())
                                .json()
                                .getString("download_url"),
                        null);

        JsonObject page = events(t.tenantId(), "?document_id=" + id);
        assertThat(page.keySet()).containsExactlyInAnyOrder("has_more", "next_cursor", "prev_cursor", "results");
        assertThat(actions(page)).containsExactly("deleted", "link_redeemed", "link_issued", "read");
        JsonObject issued = page.getJsonArray("results").getJsonObject(2);
        assertThat(issued.getString("document_id")).isEqualTo(id);
        assertThat(issued.getString("actor_email")).isEqualTo(t.email());
        assertThat(issued.getString("client_address")).isEqualTo("127.0.0.1");
        JsonObject redeemed = page.getJsonArray("results").getJsonObject(1);
        assertThat(redeemed.get("actor_key_id")).isEqualTo(JsonValue.NULL);
        assertThat(redeemed.getString("client_address")).isEqualTo("127.0.0.1");
        assertThat(events(t.tenantId(), "").getJsonArray("results")).hasSize(4);
        assertThat(actions(events(t.tenantId(), "?document_id=" + ordinary))).isEmpty();
    }

    @Test
    default void givenManyEvents_whenPaged_thenCursorsWalkThemAllOnceAndForeignCursorsAreRefused() {
        var t = api().newTenant("documents", "confidential");
        String id = api().upload(
                        "/api/v1/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Passport", "classification", "confidential"),
                        "passport.pdf",
                        TestFiles.pdf("paged"))
                .json()
                .getString("id");
        for (int i = 0; i < 5; i++) {
            ApiClient.check(api().get("/api/v1/documents/" + id + "/", t.apiKey()), 200);
        }
        JsonObject first = events(t.tenantId(), "?page_size=2");
        assertThat(first.getBoolean("has_more")).isTrue();
        assertThat(first.get("prev_cursor")).isEqualTo(JsonValue.NULL);
        JsonObject second = events(t.tenantId(), "?page_size=2&after=" + first.getString("next_cursor"));
        JsonObject third = events(t.tenantId(), "?page_size=2&after=" + second.getString("next_cursor"));
        assertThat(third.getJsonArray("results")).hasSize(1);
        assertThat(third.getBoolean("has_more")).isFalse();
        List<String> seen = new java.util.ArrayList<>();
        for (JsonObject page : List.of(first, second, third)) {
            page.getJsonArray("results").forEach(v -> seen.add(v.asJsonObject().getString("id")));
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();

        var other = api().newTenant();
        Resp foreign = api().get(
                        "/api/admin/tenants/" + other.tenantId() + "/audit-events?after="
                                + first.getString("next_cursor"),
                        api().adminToken());
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.text()).isEqualTo("{\"after\":[\"Invalid cursor.\"]}");
    }

    @Test
    default void givenBadAuditRequests_whenListed_thenClear4xx() {
        var t = api().newTenant();
        Resp missing = api().get("/api/admin/tenants/" + UUID.randomUUID() + "/audit-events", api().adminToken());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().getString("detail")).isEqualTo("Not found.");
        Resp badDocument = api().outsideContract()
                .get("/api/admin/tenants/" + t.tenantId() + "/audit-events?document_id=x", api().adminToken());
        assertThat(badDocument.status()).isEqualTo(400);
        assertThat(badDocument.json().getJsonArray("document_id").getString(0)).isEqualTo("Must be a valid UUID.");
        Resp pageSize = api().outsideContract()
                .get("/api/admin/tenants/" + t.tenantId() + "/audit-events?page_size=101", api().adminToken());
        assertThat(pageSize.status()).isEqualTo(400);
        assertThat(pageSize.json().containsKey("page_size")).isTrue();
        Resp withApiKey = api().get("/api/admin/tenants/" + t.tenantId() + "/audit-events", t.apiKey());
        assertThat(withApiKey.status()).isEqualTo(401);
    }
}
