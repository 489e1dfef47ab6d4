package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The audit trail, read and verified through the admin API: every change of every document, the
 * accesses to confidential ones, a per-tenant hash chain that shows rows changed behind Dossier's
 * back, and a database that refuses to change audit rows for the application's role.
 */
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
    default void givenConfidentialDocument_whenUploadedReadLinkedRedeemedAndDeleted_thenEachIsAuditedNewestFirst() {
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
        // an ordinary document's reads and links leave no trail, its upload does
        ApiClient.check(api().get("/api/v1/documents/" + ordinary + "/", t.apiKey()), 200);
        api().get(
                        api().get("/api/v1/documents/" + ordinary + "/download/", t.apiKey())
                                .json()
                                .getString("download_url"),
                        null);

        JsonObject page = events(t.tenantId(), "?document_id=" + id);
        assertThat(page.keySet()).containsExactlyInAnyOrder("has_more", "next_cursor", "prev_cursor", "results");
        assertThat(actions(page)).containsExactly("deleted", "link_redeemed", "link_issued", "read", "uploaded");
        JsonObject issued = page.getJsonArray("results").getJsonObject(2);
        assertThat(issued.getString("document_id")).isEqualTo(id);
        assertThat(issued.getString("actor_email")).isEqualTo(t.email());
        assertThat(issued.getString("client_address")).isEqualTo("127.0.0.1");
        JsonObject redeemed = page.getJsonArray("results").getJsonObject(1);
        assertThat(redeemed.get("actor_key_id")).isEqualTo(JsonValue.NULL);
        assertThat(redeemed.getString("client_address")).isEqualTo("127.0.0.1");
        assertThat(events(t.tenantId(), "").getJsonArray("results")).hasSize(6);
        assertThat(actions(events(t.tenantId(), "?document_id=" + ordinary))).containsExactly("uploaded");
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
        // with its upload, six events
        for (int i = 0; i < 5; i++) {
            ApiClient.check(api().get("/api/v1/documents/" + id + "/", t.apiKey()), 200);
        }
        JsonObject first = events(t.tenantId(), "?page_size=2");
        assertThat(first.getBoolean("has_more")).isTrue();
        assertThat(first.get("prev_cursor")).isEqualTo(JsonValue.NULL);
        JsonObject second = events(t.tenantId(), "?page_size=2&after=" + first.getString("next_cursor"));
        JsonObject third = events(t.tenantId(), "?page_size=2&after=" + second.getString("next_cursor"));
        assertThat(third.getJsonArray("results")).hasSize(2);
        assertThat(third.getBoolean("has_more")).isFalse();
        List<String> seen = new java.util.ArrayList<>();
        for (JsonObject page : List.of(first, second, third)) {
            page.getJsonArray("results").forEach(v -> seen.add(v.asJsonObject().getString("id")));
        }
        assertThat(seen).hasSize(6).doesNotHaveDuplicates();

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

    private String verify(String tenantId) {
        Resp r = api().get("/api/admin/tenants/" + tenantId + "/audit-events/verify", api().adminToken());
        return r.status() + " " + r.text();
    }

    @Test
    default void givenAuditedDocuments_whenARowIsChangedInTheDatabase_thenVerifyNamesIt_andTheAppRoleCannotUpdate()
            throws SQLException {
        var t = api().newTenant("documents", "confidential");
        String entity = api().createEntity(t.apiKey(), "Audited Ltd", "company");
        String first = api().upload(
                        "/api/v1/entities/" + entity + "/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Passport"),
                        "a.pdf",
                        TestFiles.pdf("chain-a"))
                .json()
                .getString("id");
        String second = api().uploadTenantDocument(t.apiKey(), "b.pdf", TestFiles.pdf("chain-b"), "Policy")
                .json()
                .getString("id");
        ApiClient.check(api().delete("/api/v1/entities/" + entity + "/documents/" + first + "/", t.apiKey()), 204);
        assertThat(verify(t.tenantId())).isEqualTo("200 {\"valid\":true,\"events_checked\":3}");
        String secondUpload = events(t.tenantId(), "?document_id=" + second)
                .getJsonArray("results")
                .getJsonObject(0)
                .getString("id");
        String update =
                "UPDATE audit_event SET actor_email = 'someone-else@example.com' WHERE id = '" + secondUpload + "'";

        try (Connection c = connect();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(update))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("audit events are append-only: UPDATE refused")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        assertThat(verify(t.tenantId())).isEqualTo("200 {\"valid\":true,\"events_checked\":3}");

        // the table's owner can lift the triggers: the chain still shows what was changed
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            assertThat(s.executeUpdate(update)).isEqualTo(1);
            s.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
            c.commit();
        }
        assertThat(verify(t.tenantId()))
                .isEqualTo("200 {\"valid\":false,\"events_checked\":2,\"first_invalid_event_id\":\"" + secondUpload
                        + "\"}");
    }

    @Test
    default void givenConcurrentUploadsOfOneTenant_whenVerified_thenOneValidChainWithAnEventForEach() throws Exception {
        var t = api().newTenant();
        int uploads = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                byte[] pdf = TestFiles.pdf("concurrent " + i);
                statuses.add(pool.submit(() -> api().uploadTenantDocument(t.apiKey(), "c.pdf", pdf, "Policy")
                        .status()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(2, TimeUnit.MINUTES)).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(verify(t.tenantId())).isEqualTo("200 {\"valid\":true,\"events_checked\":" + uploads + "}");
    }

    @Test
    default void givenBadVerifyRequests_whenSent_thenClear4xx() {
        var t = api().newTenant();
        assertThat(verify(t.tenantId())).isEqualTo("200 {\"valid\":true,\"events_checked\":0}");
        assertThat(verify(UUID.randomUUID().toString())).isEqualTo("404 {\"detail\":\"Not found.\"}");
        Resp withApiKey = api().get("/api/admin/tenants/" + t.tenantId() + "/audit-events/verify", t.apiKey());
        assertThat(withApiKey.status()).isEqualTo(401);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("DOSSIER_DB_URL"),
                System.getenv("DOSSIER_DB_USER"),
                System.getenv("DOSSIER_DB_PASSWORD"));
    }
}
