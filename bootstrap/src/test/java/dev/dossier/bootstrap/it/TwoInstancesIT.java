package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two servers on one PostgreSQL database and one bucket, started once by scripts/run.sh for every
 * test here: what one instance does must hold on the other, and work shared by both must be done
 * once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {
    private static final int UPLOADS_PER_SERVER = 20;

    private final Path dir = Path.of(System.getProperty("dossier.it.dir"), "two-instances-" + System.nanoTime());
    private final Map<String, String> settings = webhookSettings(ScriptedServer.suiteDatabaseAndStorage());
    private final String admin = settings.get("DOSSIER_ADMIN_TOKEN");
    private ScriptedServer first;
    private ScriptedServer second;

    @BeforeAll
    void startBoth() throws Exception {
        first = start("first", Integer.getInteger("dossier.it.restart.http.port"), settings);
        second = start("second", Integer.getInteger("dossier.it.fs.http.port"), settings);
        first.awaitReady();
        second.awaitReady();
    }

    @AfterAll
    void stopBoth() throws Exception {
        try {
            if (second != null) {
                second.close();
            }
        } finally {
            if (first != null) {
                first.close();
            }
        }
    }

    @Test
    void givenTwoServersOnOneDatabase_whenOneTenantUploadsToBothAtOnce_thenItsChainVerifies() throws Exception {
        ApiClient.TenantKey tenant = first.api(admin).newTenant();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Resp>> uploads = new ArrayList<>();
            for (int i = 0; i < UPLOADS_PER_SERVER; i++) {
                for (ScriptedServer server : List.of(first, second)) {
                    String name = "statement-" + i + ".pdf";
                    uploads.add(pool.submit(() -> server.api(admin)
                            .uploadTenantDocument(tenant.apiKey(), name, TestFiles.pdf(name), "Bank Statement")));
                }
            }
            for (Future<Resp> upload : uploads) {
                assertThat(upload.get().status()).as(upload.get().toString()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }

        for (ScriptedServer server : List.of(first, second)) {
            Resp verified =
                    server.api(admin).get("/api/admin/tenants/" + tenant.tenantId() + "/audit-events/verify", admin);
            assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
            assertThat(verified.json().getBoolean("valid"))
                    .as(verified.toString())
                    .isTrue();
            assertThat(verified.json().getJsonNumber("events_checked").longValue())
                    .as("one UPLOADED event per upload")
                    .isEqualTo(2L * UPLOADS_PER_SERVER);
        }
    }

    @Test
    void givenKeyUsedOnBoth_whenRevokedOnTheFirst_thenTheSecondRefusesItWithinFiveSeconds() throws Exception {
        ApiClient.TenantKey tenant = first.api(admin).newTenant();
        for (ScriptedServer server : List.of(first, second)) {
            Resp used = server.api(admin).get("/api/v1/documents/", tenant.apiKey());
            assertThat(used.status()).as(used.toString()).isEqualTo(200);
        }
        String keyId = first.api(admin)
                .get("/api/admin/tenants/" + tenant.tenantId() + "/api-keys", admin)
                .jsonArray()
                .getJsonObject(0)
                .getString("id");

        Resp revoked = first.api(admin).delete("/api/admin/tenants/" + tenant.tenantId() + "/api-keys/" + keyId, admin);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        long revokedAt = System.nanoTime();

        Resp answer = second.api(admin).get("/api/v1/documents/", tenant.apiKey());
        while (answer.status() == 200
                && System.nanoTime() - revokedAt < Duration.ofSeconds(6).toNanos()) {
            Thread.sleep(100);
            answer = second.api(admin).get("/api/v1/documents/", tenant.apiKey());
        }
        long tookMillis = Duration.ofNanos(System.nanoTime() - revokedAt).toMillis();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.text()).isEqualTo("{\"detail\":\"Invalid API key.\"}");
        assertThat(tookMillis)
                .as("ms until the second instance refused the key")
                .isLessThanOrEqualTo(5000);
        Resp onFirst = first.api(admin).get("/api/v1/documents/", tenant.apiKey());
        assertThat(onFirst.status()).isEqualTo(401);
    }

    @Test
    void givenWebhookEndpoint_whenUploadsGoToBothServers_thenEachEventArrivesExactlyOnce() throws Exception {
        ApiClient.TenantKey tenant = first.api(admin).newTenant("documents", "webhooks");
        try (WebhookReceiver receiver = WebhookReceiver.always(200)) {
            Resp hook = first.api(admin)
                    .postJson(
                            "/api/v1/webhooks/",
                            tenant.apiKey(),
                            "{\"url\": \"" + receiver.url() + "\", \"events\": [\"document.created\"]}");
            assertThat(hook.status()).as(hook.toString()).isEqualTo(201);
            for (int i = 0; i < UPLOADS_PER_SERVER; i++) {
                for (ScriptedServer server : List.of(first, second)) {
                    String name = "hooked-" + i + ".pdf";
                    Resp up = server.api(admin)
                            .uploadTenantDocument(tenant.apiKey(), name, TestFiles.pdf(name), "Passport");
                    assertThat(up.status()).as(up.toString()).isEqualTo(201);
                }
            }

            Eventually.within(60, () -> receiver.received().size() >= 2 * UPLOADS_PER_SERVER);
            Thread.sleep(3000); // a duplicate would come now
            List<String> ids = receiver.received().stream()
                    .map(r -> r.headers().get("webhook-id"))
                    .toList();
            assertThat(ids).hasSize(2 * UPLOADS_PER_SERVER).doesNotHaveDuplicates();
        }
    }

    private static Map<String, String> webhookSettings(Map<String, String> settings) {
        settings.put("DOSSIER_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true");
        settings.put("DOSSIER_WEBHOOK_RETRY_SCHEDULE", "1,1,1");
        return settings;
    }

    private ScriptedServer start(String name, int port, Map<String, String> settings) throws Exception {
        return ScriptedServer.start(port, dir.resolve(name), dir.resolve(name + ".log"), "", settings);
    }
}
