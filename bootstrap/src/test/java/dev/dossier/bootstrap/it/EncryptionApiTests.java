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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Documents at rest on PostgreSQL + S3: what the bucket holds is ciphertext, whatever surface
 * uploaded it, and an object stored in clear before encryption existed stays readable and is
 * encrypted in place by the background maintenance.
 */
interface EncryptionApiTests extends ApiTest {
    String BUCKET = System.getenv("DOSSIER_S3_BUCKET");

    @Test
    default void givenUploadsOnEverySurface_whenTheBucketIsRead_thenNoObjectHoldsTheirContentInClear() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme Corp Ltd", "company");
        String marker = "AT-REST-" + UUID.randomUUID();
        Map<String, byte[]> uploads = Map.of(
                "/api/v1/documents/upload/",
                TestFiles.pdf(marker + " v1"),
                "/api/v2/documents/upload/",
                TestFiles.pdf(marker + " v2"),
                "/api/v1/entities/" + entity + "/documents/upload/",
                TestFiles.pdf(marker + " entity"));
        uploads.forEach((path, pdf) -> {
            Resp up = api().upload(path, t.apiKey(), Map.of("document_type", "Passport"), "p.pdf", pdf);
            assertThat(up.status()).as(up.toString()).isEqualTo(201);
            String id = up.json().getString("id");
            String link = api().get(path.replace("upload/", id + "/download/"), t.apiKey())
                    .json()
                    .getString("download_url");
            assertThat(api().get(link, null).body()).isEqualTo(pdf);
        });
        Resp business = api().upload(
                        "/v1/businesses/" + entity + "/documents",
                        t.apiKey(),
                        Map.of("type", "identification"),
                        "id.pdf",
                        TestFiles.pdf(marker + " business"));
        assertThat(business.status()).as(business.toString()).isEqualTo(201);

        Map<String, byte[]> objects = S3ProxyLauncher.objects(BUCKET, "tenants/" + t.tenantId() + "/");

        assertThat(objects).hasSize(4);
        assertThat(objects.values())
                .allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                        .doesNotContain(marker)
                        .doesNotStartWith("%PDF"));
    }

    @Test
    default void givenObjectStoredInClear_whenMaintenanceRuns_thenItIsEncryptedInPlace_andStaysReadable()
            throws Exception {
        var t = api().newTenant();
        byte[] original = TestFiles.pdf("stored before encryption " + UUID.randomUUID());
        Resp up = api().uploadTenantDocument(t.apiKey(), "old.pdf", original, "Bank Statement");
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        UUID id = UUID.fromString(up.json().getString("id"));
        String legacyKey = "tenants/" + t.tenantId() + "/documents/legacy-" + UUID.randomUUID();
        S3ProxyLauncher.put(BUCKET, legacyKey, original);
        // as an upload before encryption left it: the row names an object in clear and no data key
        update("UPDATE document SET storage_key = ?, data_key_id = NULL WHERE id = ?", legacyKey, id);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String storageKey = legacyKey;
        while (storageKey.equals(legacyKey) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            storageKey = query("SELECT storage_key FROM document WHERE id = ? AND data_key_id IS NOT NULL", id);
            storageKey = storageKey == null ? legacyKey : storageKey;
        }

        assertThat(storageKey).as("encrypted in place within a minute").isNotEqualTo(legacyKey);
        // the object in clear is deleted after the commit that replaced it (or by the next maintenance round)
        Map<String, byte[]> objects = S3ProxyLauncher.objects(BUCKET, "tenants/" + t.tenantId() + "/");
        while (objects.containsKey(legacyKey) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            objects = S3ProxyLauncher.objects(BUCKET, "tenants/" + t.tenantId() + "/");
        }
        assertThat(objects).doesNotContainKey(legacyKey).containsKey(storageKey);
        assertThat(new String(objects.get(storageKey), StandardCharsets.ISO_8859_1))
                .doesNotStartWith("%PDF");
        String link = api().get("/api/v1/documents/" + id + "/download/", t.apiKey())
                .json()
                .getString("download_url");
        assertThat(api().get(link, null).body()).isEqualTo(original);
    }

    private static void update(String sql, String key, UUID id) throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            s.setObject(2, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static String query(String sql, UUID id) throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
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
