package dev.dossier.adapters.rest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The webhook endpoints in process (private targets refused, as in production by default). */
class WebhookApiTest {
    private static final String NOT_FOUND = "404 {\"detail\":\"Not found.\"}";

    @RegisterExtension
    static final RestHarness api = new RestHarness();

    @Test
    void givenValidBody_whenCreated_then201WithSecretOnce_andReadsWithoutIt() {
        var t = api.newTenant("webhooks");

        Resp created = api.postJson(
                "/api/v1/webhooks/",
                t.apiKey(),
                "{\"url\": \"https://hooks.example.com/in\", \"events\": [\"document.created\"], \"description\": \"CRM\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject body = created.json();
        assertThat(body.keySet())
                .containsExactly("id", "url", "events", "description", "status", "secret", "created_at");
        assertThat(body.getString("secret")).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(body.getString("status")).isEqualTo("enabled");
        assertThat(body.getJsonArray("events").getString(0)).isEqualTo("document.created");
        String id = body.getString("id");

        Resp read = api.get("/api/v1/webhooks/" + id + "/", t.apiKey());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().keySet()).doesNotContain("secret");
        assertThat(read.text()).doesNotContain(body.getString("secret").substring(6));
        Resp list = api.get("/api/v1/webhooks/", t.apiKey());
        assertThat(list.json().getJsonArray("results")).hasSize(1);
        assertThat(list.text()).doesNotContain("whsec_");
        Resp deliveries = api.get("/api/v1/webhooks/" + id + "/deliveries/", t.apiKey());
        assertThat(deliveries.toString())
                .isEqualTo("200 {\"has_more\":false,\"next_cursor\":null,\"prev_cursor\":null,\"results\":[]}");

        assertThat(api.delete("/api/v1/webhooks/" + id + "/", t.apiKey()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/webhooks/" + id + "/", t.apiKey()).toString())
                .isEqualTo(NOT_FOUND);
    }

    @Test
    void givenBadUrlsOrEvents_whenCreated_then400FieldMaps() {
        var t = api.newTenant("webhooks");

        assertThat(api.postJson(
                                "/api/v1/webhooks/",
                                t.apiKey(),
                                "{\"url\": \"ftp://hooks.example.com/\", \"events\": []}")
                        .toString())
                .isEqualTo("400 {\"url\":[\"Enter an absolute http or https URL.\"],"
                        + "\"events\":[\"Name at least one event type, or \\\"*\\\" for all.\"]}");
        assertThat(api.postJson(
                                "/api/v1/webhooks/",
                                t.apiKey(),
                                "{\"url\": \"http://127.0.0.1:9/\", \"events\": [\"*\"]}")
                        .toString())
                .isEqualTo("400 {\"url\":[\"The host resolves to a loopback, private or otherwise non-public"
                        + " address.\"]}");
        assertThat(api.postJson(
                                "/api/v1/webhooks/",
                                t.apiKey(),
                                "{\"url\": \"http://[::ffff:10.0.0.1]/\", \"events\": [\"document.nope\"]}")
                        .toString())
                .isEqualTo("400 {\"url\":[\"The host resolves to a loopback, private or otherwise non-public"
                        + " address.\"],\"events\":[\"\\\"document.nope\\\" is not a known event type.\"]}");
        assertThat(api.get("/api/v1/webhooks/", t.apiKey()).json().getJsonArray("results"))
                .isEmpty();
    }

    @Test
    void givenKeyWithoutScope_orOtherTenant_then403_or404() {
        var owner = api.newTenant("webhooks");
        var stranger = api.newTenant("webhooks");
        var noScope = api.newTenant("documents");
        String id = api.postJson(
                        "/api/v1/webhooks/",
                        owner.apiKey(),
                        "{\"url\": \"https://hooks.example.com/in\", \"events\": [\"*\"]}")
                .json()
                .getString("id");

        Resp forbidden = api.get("/api/v1/webhooks/", noScope.apiKey());
        assertThat(forbidden.toString())
                .isEqualTo("403 {\"detail\":\"You do not have permission to perform this action.\"}");
        assertThat(api.get("/api/v1/webhooks/" + id + "/", stranger.apiKey()).toString())
                .isEqualTo(NOT_FOUND);
        assertThat(api.delete("/api/v1/webhooks/" + id + "/", stranger.apiKey()).toString())
                .isEqualTo(NOT_FOUND);
        assertThat(api.get("/api/v1/webhooks/" + id + "/deliveries/", stranger.apiKey())
                        .toString())
                .isEqualTo(NOT_FOUND);
        assertThat(api.get("/api/v1/webhooks/", stranger.apiKey()).json().getJsonArray("results"))
                .isEmpty();
        assertThat(api.get("/api/v1/webhooks/" + id + "/", owner.apiKey()).status())
                .isEqualTo(200);
    }
}
