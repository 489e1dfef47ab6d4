package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admin API and API-key authentication. */
interface AdminApiTests extends ApiTest {

    @Test
    default void givenAdminToken_whenTenantCreated_then201WithIdNameAndCreatedAt() {
        Resp r = api().postJson("/api/admin/tenants", api().adminToken(), "{\"name\": \"Acme Bank\"}");
        assertThat(r.status()).isEqualTo(201);
        JsonObject t = r.json();
        assertThat(UUID.fromString(t.getString("id"))).isNotNull();
        assertThat(t.getString("name")).isEqualTo("Acme Bank");
        assertThat(t.getString("created_at")).endsWith("Z");
        assertThat(t.keySet()).containsExactlyInAnyOrder("id", "name", "created_at");
    }

    @Test
    default void givenNoAdminToken_whenTenantCreated_then401() {
        Resp r = api().outsideContract().postJson("/api/admin/tenants", null, "{\"name\": \"x\"}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().getString("detail")).isEqualTo("Authentication credentials were not provided.");
    }

    @Test
    default void givenWrongAdminToken_whenTenantCreated_then401() {
        Resp r = api().postJson("/api/admin/tenants", "not-the-token", "{\"name\": \"x\"}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().getString("detail")).isEqualTo("Invalid API key.");
    }

    @Test
    default void givenApiKey_whenUsedOnAdminApi_then401() {
        var tenant = api().newTenant();
        Resp r = api().postJson("/api/admin/tenants", tenant.apiKey(), "{\"name\": \"x\"}");
        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    default void givenMissingOrBadFields_whenTenantCreated_then400FieldMap() {
        Resp missing = api().outsideContract().postJson("/api/admin/tenants", api().adminToken(), "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().getJsonArray("name").getString(0)).isEqualTo("This field is required.");

        Resp wrongType = api().outsideContract().postJson("/api/admin/tenants", api().adminToken(), "{\"name\": 42}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().getJsonArray("name").getString(0)).isEqualTo("Not a valid string.");

        Resp unknown = api().outsideContract()
                .postJson("/api/admin/tenants", api().adminToken(), "{\"name\": \"a\", \"plan\": \"gold\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().getJsonArray("plan").getString(0)).isEqualTo("Unknown field.");
    }

    @Test
    default void givenMalformedJson_whenTenantCreated_then400Detail() {
        Resp r = api().outsideContract().postJson("/api/admin/tenants", api().adminToken(), "{\"name\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getString("detail")).startsWith("JSON parse error");
    }

    @Test
    default void givenWrongContentType_whenTenantCreated_then415() {
        Resp r = api().outsideContract()
                .send("POST", "/api/admin/tenants", api().adminToken(), "text/plain", "name=x".getBytes());
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.json().getString("detail")).contains("Unsupported media type");
    }

    @Test
    default void givenTenant_whenKeyIssued_then201WithKeyShownOnceAndDefaultScope() {
        String tenantId = api().createTenant("Keys Ltd").getString("id");
        Resp r = api().postJson(
                        "/api/admin/tenants/" + tenantId + "/api-keys",
                        api().adminToken(),
                        "{\"email\": \"api.user@example.com\"}");
        assertThat(r.status()).isEqualTo(201);
        JsonObject k = r.json();
        assertThat(k.keySet()).containsExactlyInAnyOrder("id", "api_key", "email", "scopes", "created_at");
        assertThat(k.getString("api_key")).startsWith("dsk_").hasSizeGreaterThan(40);
        assertThat(k.getString("email")).isEqualTo("api.user@example.com");
        assertThat(k.getJsonArray("scopes").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("documents");
        // the key works
        assertThat(api().get("/api/v1/documents/", k.getString("api_key")).status())
                .isEqualTo(200);
    }

    @Test
    default void givenBadKeyRequest_whenIssued_then400Or404() {
        String tenantId = api().createTenant("Bad Keys Ltd").getString("id");
        Resp scope = api().outsideContract()
                .postJson(
                        "/api/admin/tenants/" + tenantId + "/api-keys",
                        api().adminToken(),
                        "{\"email\": \"a@example.com\", \"scopes\": [\"documents\", \"superuser\"]}");
        assertThat(scope.status()).isEqualTo(400);
        assertThat(scope.json().getJsonArray("scopes").getString(0)).contains("superuser");

        Resp email = api().outsideContract()
                .postJson(
                        "/api/admin/tenants/" + tenantId + "/api-keys",
                        api().adminToken(),
                        "{\"email\": \"not-an-email\"}");
        assertThat(email.status()).isEqualTo(400);
        assertThat(email.json().getJsonArray("email").getString(0)).isEqualTo("Enter a valid email address.");

        Resp missingTenant = api().postJson(
                        "/api/admin/tenants/" + UUID.randomUUID() + "/api-keys",
                        api().adminToken(),
                        "{\"email\": \"a@example.com\"}");
        assertThat(missingTenant.status()).isEqualTo(404);
        assertThat(missingTenant.json().getString("detail")).isEqualTo("Not found.");

        Resp malformedTenant = api().outsideContract()
                .postJson(
                        "/api/admin/tenants/not-a-uuid/api-keys", api().adminToken(), "{\"email\": \"a@example.com\"}");
        assertThat(malformedTenant.status()).isEqualTo(404);
    }

    @Test
    default void givenNoKey_whenApiCalled_then401NotProvided() {
        Resp r = api().get("/api/v1/documents/", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().getString("detail")).isEqualTo("Authentication credentials were not provided.");
    }

    @Test
    default void givenUnknownKey_whenApiCalled_then401Invalid() {
        Resp r = api().get("/api/v1/documents/", "dsk_thisKeyDoesNotExist");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().getString("detail")).isEqualTo("Invalid API key.");
    }

    @Test
    default void givenReviewOnlyKey_whenDocumentsListed_then403() {
        var tenant = api().newTenant("review");
        Resp r = api().get("/api/v1/documents/", tenant.apiKey());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().getString("detail")).isEqualTo("You do not have permission to perform this action.");
    }
}
