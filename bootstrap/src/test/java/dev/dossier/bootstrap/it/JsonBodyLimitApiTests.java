package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every JSON endpoint of the deployed server refuses a body it cannot read cheaply (nested a
 * thousand levels, in EBCDIC, over 64 KiB) with a 4xx in its surface's shape, never a 500.
 */
interface JsonBodyLimitApiTests extends ApiTest {
    String ANY = UUID.randomUUID().toString();
    List<String> LIBRARY_ENDPOINTS = List.of(
            "/api/v1/entities/",
            "/api/v2/entities/",
            "/api/v1/responses/",
            "/api/v1/responses/" + ANY + "/documents/attach/",
            "/api/v2/questionnaire-responses/",
            "/v1/businesses/" + ANY + "/documents/" + ANY + "/verify",
            "/v1/businesses/" + ANY + "/documents/" + ANY + "/reject");
    List<String> RPC_ENDPOINTS = List.of(
            "/document.create",
            "/document.get",
            "/workflow.create",
            "/workflow.complete",
            "/workflow.requiredDocument.add",
            "/workflow.requiredDocument.list",
            "/workflow.requiredDocument.fulfillment.batchAdd",
            "/workflow.requiredDocument.fulfillment.list");
    List<String> ADMIN_ENDPOINTS = List.of("/api/admin/tenants", "/api/admin/tenants/" + ANY + "/api-keys");

    /** Sends a body the document does not allow to every JSON endpoint: only the answers are checked. */
    private void assertEveryEndpointRefuses(String contentType, String body, int status, String rpcType) {
        String key = api().newTenant("documents", "review").apiKey();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SoftAssertions soft = new SoftAssertions();
        for (String path : LIBRARY_ENDPOINTS) {
            Resp r = api().outsideContract().send("POST", path, key, contentType, bytes);
            soft.assertThat(r.status()).as(path + " " + r).isEqualTo(status);
            soft.assertThat(r.json().keySet()).as(path).containsExactly("detail");
        }
        for (String path : ADMIN_ENDPOINTS) {
            Resp r = api().outsideContract().send("POST", path, api().adminToken(), contentType, bytes);
            soft.assertThat(r.status()).as(path + " " + r).isEqualTo(status);
            soft.assertThat(r.json().keySet()).as(path).containsExactly("detail");
        }
        for (String path : RPC_ENDPOINTS) {
            Resp r = api().outsideContract().send("POST", path, key, contentType, bytes);
            soft.assertThat(r.status()).as(path + " " + r).isEqualTo(status);
            soft.assertThat(r.json().getJsonObject("error").getString("type"))
                    .as(path)
                    .isEqualTo(rpcType);
        }
        soft.assertAll();
    }

    @Test
    default void givenJsonNestedAThousandLevels_whenPostedToEveryJsonEndpoint_then400InItsShape() {
        assertEveryEndpointRefuses(
                "application/json", "{\"a\":" + "[".repeat(1000) + "]".repeat(1000) + "}", 400, "invalid_request");
    }

    @Test
    default void givenAnEbcdicCharset_whenPostedToEveryJsonEndpoint_then415InItsShape() {
        assertEveryEndpointRefuses("application/json; charset=ebcdic", "{}", 415, "unsupported_media_type");
    }

    @Test
    default void givenABodyOver64KiB_whenPostedToEveryJsonEndpoint_then413InItsShape() {
        assertEveryEndpointRefuses(
                "application/json", "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}", 413, "request_too_large");
    }

    @Test
    default void givenAnEntityWithKey_whenCreatedTwiceOnV2_thenReplayedAndOneEntity() {
        String key = api().newTenant().apiKey();
        String idem = "idem-" + UUID.randomUUID();
        byte[] body = "{\"name\": \"Acme\", \"entity_type\": \"company\"}".getBytes(StandardCharsets.UTF_8);

        Resp first = api().send("POST", "/api/v2/entities/", key, "application/json", body, "Idempotency-Key", idem);
        Resp retry = api().send("POST", "/api/v2/entities/", key, "application/json", body, "Idempotency-Key", idem);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(api().get("/api/v2/entities/", key).json().getJsonArray("results"))
                .hasSize(1);
    }
}
