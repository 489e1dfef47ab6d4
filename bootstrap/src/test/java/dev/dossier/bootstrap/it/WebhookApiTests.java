package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Webhooks over HTTP with real receivers on loopback (the IT server allows private targets and
 * retries after 1 s): creation shows the secret once, an upload's event arrives signed as Standard
 * Webhooks says, failures are retried on the schedule, a 410 disables the endpoint.
 */
interface WebhookApiTests extends ApiTest {
    private JsonObject createWebhook(String key, String url, String events) {
        Resp r = api().postJson("/api/v1/webhooks/", key, "{\"url\": \"" + url + "\", \"events\": " + events + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private void upload(String key) {
        Resp up = api().upload(
                        "/api/v1/documents/upload/",
                        key,
                        Map.of("document_type", "Passport"),
                        "passport.pdf",
                        TestFiles.pdf("passport.pdf"));
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
    }

    /** As a receiver computes it, independently of the server's code. */
    private static String signature(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1,"
                + Base64.getEncoder()
                        .encodeToString(
                                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    default void givenWebhookEndpoint_whenDocumentUploaded_thenSignedDocumentCreatedArrives() throws Exception {
        var t = api().newTenant("documents", "webhooks");
        try (WebhookReceiver receiver = WebhookReceiver.always(200)) {
            JsonObject hook = createWebhook(t.apiKey(), receiver.url(), "[\"document.created\"]");
            String secret = hook.getString("secret");
            Resp read = api().get("/api/v1/webhooks/" + hook.getString("id") + "/", t.apiKey());
            assertThat(read.json().containsKey("secret")).isFalse();

            upload(t.apiKey());

            Eventually.within(20, () -> !receiver.received().isEmpty());
            var got = receiver.received().get(0);
            JsonObject body = Json.createReader(new StringReader(got.body())).readObject();
            assertThat(body.getString("type")).isEqualTo("document.created");
            assertThat(body.getString("id"))
                    .isEqualTo(got.headers().get("webhook-id"))
                    .startsWith("evt_");
            assertThat(body.getJsonObject("data").getString("document_type")).isEqualTo("Passport");
            assertThat(got.body()).doesNotContain("passport.pdf");
            assertThat(got.headers().get("webhook-signature"))
                    .isEqualTo(signature(
                            secret,
                            got.headers().get("webhook-id"),
                            got.headers().get("webhook-timestamp"),
                            got.body()));
            Eventually.asserted(10, () -> {
                JsonObject page = api().get("/api/v1/webhooks/" + hook.getString("id") + "/deliveries/", t.apiKey())
                        .json();
                assertThat(page.getJsonArray("results")).hasSize(1);
                JsonObject d = page.getJsonArray("results").getJsonObject(0);
                assertThat(d.getString("status")).isEqualTo("succeeded");
                assertThat(d.getInt("attempt")).isEqualTo(1);
                assertThat(d.getInt("response_status")).isEqualTo(200);
                assertThat(d.getString("event_id")).isEqualTo(body.getString("id"));
            });
        }
    }

    /** The value of a gauge in the Prometheus text of /metrics, whatever prefix or tags the server adds. */
    private double gauge(String name) {
        return MetricsScrape.of(api()).value(name);
    }

    @Test
    default void givenADelivery_whenMetricsAreRead_thenTheWebhookGaugesAreThereAndCountIt() throws Exception {
        double succeededBefore = gauge("dossier_webhook_deliveries_succeeded");
        var t = api().newTenant("documents", "webhooks");
        try (WebhookReceiver receiver = WebhookReceiver.always(200)) {
            createWebhook(t.apiKey(), receiver.url(), "[\"document.created\"]");
            upload(t.apiKey());
            Eventually.within(20, () -> !receiver.received().isEmpty());

            Eventually.within(20, () -> gauge("dossier_webhook_deliveries_succeeded") > succeededBefore);
        }
        assertThat(gauge("dossier_webhook_deliveries_failed")).isGreaterThanOrEqualTo(0);
        assertThat(gauge("dossier_webhook_deliveries_pending")).isGreaterThanOrEqualTo(0);
        assertThat(gauge("dossier_webhook_oldest_pending_age_seconds")).isGreaterThanOrEqualTo(0);
    }

    @Test
    default void givenReceiverFailingTwice_whenDelivered_thenExactlyThreeAttempts_andRetryResends() throws Exception {
        var t = api().newTenant("documents", "webhooks");
        AtomicInteger calls = new AtomicInteger();
        try (WebhookReceiver receiver = new WebhookReceiver(() -> calls.incrementAndGet() <= 2 ? 500 : 200, 0)) {
            JsonObject hook = createWebhook(t.apiKey(), receiver.url(), "[\"*\"]");
            upload(t.apiKey());

            Eventually.within(30, () -> receiver.received().size() >= 3);
            Thread.sleep(3000); // nothing more comes after the success
            assertThat(receiver.received()).hasSize(3);
            assertThat(receiver.received().stream()
                            .map(r -> r.headers().get("webhook-id"))
                            .distinct())
                    .hasSize(1);
            String deliveries = "/api/v1/webhooks/" + hook.getString("id") + "/deliveries/";
            JsonObject d = api().get(deliveries, t.apiKey())
                    .json()
                    .getJsonArray("results")
                    .getJsonObject(0);
            assertThat(d.getString("status")).isEqualTo("succeeded");
            assertThat(d.getInt("attempt")).isEqualTo(3);

            Resp retried = api().postJson(deliveries + d.getString("id") + "/retry/", t.apiKey(), "");
            assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
            assertThat(retried.json().getString("status")).isEqualTo("pending");
            Eventually.within(20, () -> receiver.received().size() == 4);
        }
    }

    @Test
    default void givenGoneReceiver_whenDelivered_thenEndpointDisabled() throws Exception {
        var t = api().newTenant("documents", "webhooks");
        try (WebhookReceiver receiver = WebhookReceiver.always(410)) {
            JsonObject hook = createWebhook(t.apiKey(), receiver.url(), "[\"*\"]");
            upload(t.apiKey());
            Eventually.within(
                    20,
                    () -> api().get("/api/v1/webhooks/" + hook.getString("id") + "/", t.apiKey())
                            .json()
                            .getString("status")
                            .equals("disabled"));
            upload(t.apiKey());
            Thread.sleep(3000);
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    default void givenSlowReceiver_whenBothEndpointsGetEvents_thenTheFastOneIsNotDelayed() throws Exception {
        var t = api().newTenant("documents", "webhooks");
        try (WebhookReceiver slow = new WebhookReceiver(() -> 200, 20_000);
                WebhookReceiver fast = WebhookReceiver.always(200)) {
            createWebhook(t.apiKey(), slow.url(), "[\"*\"]");
            createWebhook(t.apiKey(), fast.url(), "[\"*\"]");
            long start = System.currentTimeMillis();
            upload(t.apiKey());
            Eventually.within(10, () -> !fast.received().isEmpty());
            assertThat(fast.received().get(0).atMillis() - start).isLessThan(10_000);
        }
    }

    @Test
    default void givenKeyWithoutScope_orOtherTenant_thenWebhooks403_or404() {
        var owner = api().newTenant("webhooks");
        var other = api().newTenant("webhooks");
        var noScope = api().newTenant("documents");
        String id = createWebhook(owner.apiKey(), "http://127.0.0.1:9/hook", "[\"*\"]")
                .getString("id");

        assertThat(api().get("/api/v1/webhooks/", noScope.apiKey()).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/webhooks/" + id + "/", other.apiKey()).toString())
                .isEqualTo("404 {\"detail\":\"Not found.\"}");
        assertThat(api().delete("/api/v1/webhooks/" + id + "/", owner.apiKey()).status())
                .isEqualTo(204);
    }
}
