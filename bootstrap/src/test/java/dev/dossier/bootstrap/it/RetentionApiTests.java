package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retention over HTTP: the admin API sets a tenant's days, and the background job deletes exactly
 * the documents past them (rows, bytes, an audit event each) and not the held or younger ones.
 */
interface RetentionApiTests extends ApiTest {
    private Resp put(String tenantId, String bearer, String json) {
        return put(api(), tenantId, bearer, json);
    }

    /** A body the document does not allow: only the answer is checked. */
    private Resp putInvalid(String tenantId, String json) {
        return put(api().outsideContract(), tenantId, api().adminToken(), json);
    }

    private static Resp put(ApiClient client, String tenantId, String bearer, String json) {
        return client.send(
                "PUT",
                "/api/admin/tenants/" + tenantId + "/retention",
                bearer,
                "application/json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    private String upload(String key, String name) {
        Resp up = api().upload(
                        "/api/v1/documents/upload/",
                        key,
                        Map.of("document_type", "Passport"),
                        name,
                        TestFiles.pdf(name));
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        return up.json().getString("id");
    }

    @Test
    default void givenTenant_whenRetentionReadAndSet_thenNullByDefaultAndBadValuesRefused() {
        var t = api().newTenant();
        String path = "/api/admin/tenants/" + t.tenantId() + "/retention";

        Resp initial = api().get(path, api().adminToken());
        assertThat(initial.status()).isEqualTo(200);
        assertThat(initial.text()).isEqualTo("{\"documents_days\":null}");
        for (String bad :
                new String[] {"{\"documents_days\": 0}", "{\"documents_days\": \"ten\"}", "{}", "{\"days\": 3}"}) {
            Resp refused = putInvalid(t.tenantId(), bad);
            assertThat(refused.status()).as(bad + " " + refused).isEqualTo(400);
        }
        assertThat(putInvalid(t.tenantId(), "{\"documents_days\": 0}")
                        .json()
                        .getJsonArray("documents_days")
                        .getString(0))
                .isEqualTo("Ensure this value is between 1 and 36500, or null.");
        assertThat(put(t.tenantId(), t.apiKey(), "{\"documents_days\": 5}").status())
                .isEqualTo(401);
        assertThat(put(UUID.randomUUID().toString(), api().adminToken(), "{\"documents_days\": 5}")
                        .status())
                .isEqualTo(404);
        assertThat(api().get(path, api().adminToken()).text()).isEqualTo("{\"documents_days\":null}");

        Resp set = put(t.tenantId(), api().adminToken(), "{\"documents_days\": 365}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.text()).isEqualTo("{\"documents_days\":365}");
        assertThat(api().get(path, api().adminToken()).text()).isEqualTo("{\"documents_days\":365}");
        assertThat(put(t.tenantId(), api().adminToken(), "{\"documents_days\": null}")
                        .text())
                .isEqualTo("{\"documents_days\":null}");
    }

    @Test
    default void givenOldYoungAndHeldDocuments_whenRetentionSet_thenTheJobDeletesOnlyTheOldUnheldOne()
            throws Exception {
        var t = api().newTenant("documents", "legal_hold");
        String old = upload(t.apiKey(), "old.pdf");
        String held = upload(t.apiKey(), "held.pdf");
        String young = upload(t.apiKey(), "young.pdf");
        backdate(old, Duration.ofDays(40));
        backdate(held, Duration.ofDays(40));
        backdate(young, Duration.ofDays(20));
        assertThat(api().postJson("/api/v1/documents/" + held + "/legal-hold/", t.apiKey(), "{\"reason\": \"x\"}")
                        .status())
                .isEqualTo(200);
        String oldKey = column("SELECT storage_key FROM document WHERE id = ?", old);
        String prefix = "tenants/" + t.tenantId() + "/";
        assertThat(S3ProxyLauncher.keys(EncryptionApiTests.BUCKET, prefix))
                .hasSize(3)
                .contains(oldKey);

        assertThat(put(t.tenantId(), api().adminToken(), "{\"documents_days\": 30}")
                        .status())
                .isEqualTo(200);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (api().get("/api/v1/documents/" + old + "/", t.apiKey()).status() != 404
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(api().get("/api/v1/documents/" + old + "/", t.apiKey()).status())
                .as("expired within the deadline")
                .isEqualTo(404);
        assertThat(api().get("/api/v1/documents/" + held + "/", t.apiKey()).status())
                .isEqualTo(200);
        assertThat(api().get("/api/v1/documents/" + young + "/", t.apiKey()).status())
                .isEqualTo(200);
        while (S3ProxyLauncher.keys(EncryptionApiTests.BUCKET, prefix).contains(oldKey)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(S3ProxyLauncher.keys(EncryptionApiTests.BUCKET, prefix))
                .hasSize(2)
                .doesNotContain(oldKey);
        assertThat(column("SELECT action FROM audit_event WHERE document_id = ? AND action = 'RETENTION_EXPIRED'", old))
                .isEqualTo("RETENTION_EXPIRED");
    }

    private static void backdate(String documentId, Duration age) throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("UPDATE document SET created_at = ? WHERE id = ?")) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minus(age));
            s.setObject(2, UUID.fromString(documentId));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static String column(String sql, String id) throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("DOSSIER_DB_URL"),
                System.getenv("DOSSIER_DB_USER"),
                System.getenv("DOSSIER_DB_PASSWORD"));
    }
}
