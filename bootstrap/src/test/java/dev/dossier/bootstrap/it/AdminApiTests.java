package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import dev.dossier.domain.tenant.ApiKey;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(k.keySet())
                .containsExactlyInAnyOrder("id", "api_key", "email", "scopes", "created_at", "expires_at");
        assertThat(k.isNull("expires_at")).isTrue();
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

    String INVALID_KEY = "{\"detail\":\"Invalid API key.\"}";

    @Test
    default void givenNewTenants_whenListedByPages_thenNewestFirstWithCursorsBothWays() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(0, api().createTenant("Listed " + i).getString("id"));
        }
        Resp first = api().get("/api/admin/tenants?page_size=2", api().adminToken());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().keySet())
                .containsExactlyInAnyOrder("has_more", "next_cursor", "prev_cursor", "results");
        assertThat(first.json().getBoolean("has_more")).isTrue();
        assertThat(first.json().isNull("prev_cursor")).isTrue();
        JsonObject tenant = first.json().getJsonArray("results").getJsonObject(0);
        assertThat(tenant.keySet()).containsExactlyInAnyOrder("id", "name", "created_at");

        // walk on until all three are seen: each once, newest first
        List<String> seen = new ArrayList<>(ids(first.json().getJsonArray("results")));
        JsonObject page = first.json();
        JsonObject second = null;
        while (!seen.containsAll(mine) && !page.isNull("next_cursor")) {
            Resp next = api().get(
                            "/api/admin/tenants?page_size=2&after=" + page.getString("next_cursor"),
                            api().adminToken());
            assertThat(next.status()).as(next.toString()).isEqualTo(200);
            page = next.json();
            second = second == null ? page : second;
            seen.addAll(ids(page.getJsonArray("results")));
        }
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen.stream().filter(mine::contains).toList()).containsExactlyElementsOf(mine);

        Resp back = api().get(
                        "/api/admin/tenants?page_size=2&before=" + second.getString("prev_cursor"), api().adminToken());
        assertThat(ids(back.json().getJsonArray("results")))
                .isEqualTo(ids(first.json().getJsonArray("results")));
        Resp forged = api().outsideContract().get("/api/admin/tenants?after=forged", api().adminToken());
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.text()).isEqualTo("{\"after\":[\"Invalid cursor.\"]}");
    }

    @Test
    default void givenTenant_whenGot_thenItElse404() {
        JsonObject created = api().createTenant("Got Ltd");
        Resp r = api().get("/api/admin/tenants/" + created.getString("id"), api().adminToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(created);

        Resp unknown = api().get("/api/admin/tenants/" + UUID.randomUUID(), api().adminToken());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).isEqualTo("{\"detail\":\"Not found.\"}");
        Resp malformed = api().outsideContract().get("/api/admin/tenants/not-a-uuid", api().adminToken());
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.text()).isEqualTo("{\"detail\":\"Not found.\"}");
    }

    @Test
    default void givenKeys_whenListed_thenEveryFieldButNeitherSecretNorItsHash() {
        var t = api().newTenant("documents", "review");
        assertThat(api().get("/api/v1/documents/", t.apiKey()).status()).isEqualTo(200);

        Resp r = api().get("/api/admin/tenants/" + t.tenantId() + "/api-keys", api().adminToken());

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text()).doesNotContain(t.apiKey()).doesNotContain(ApiKey.hashOf(t.apiKey()));
        JsonArray keys = r.jsonArray();
        assertThat(keys).hasSize(1);
        JsonObject k = keys.getJsonObject(0);
        assertThat(k.keySet())
                .containsExactlyInAnyOrder(
                        "id", "email", "scopes", "created_at", "expires_at", "revoked_at", "last_used_at");
        assertThat(k.getString("email")).isEqualTo(t.email());
        assertThat(k.getJsonArray("scopes").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("documents", "review");
        assertThat(k.isNull("revoked_at")).isTrue();
        assertThat(k.isNull("expires_at")).isTrue();
        assertThat(Instant.parse(k.getString("last_used_at")))
                .isAfterOrEqualTo(Instant.parse(k.getString("created_at")));
    }

    @Test
    default void givenKey_whenRevoked_then204AndTheKeyIs401AndAnotherTenantsKeyIs404() {
        var t = api().newTenant();
        var other = api().newTenant();
        String keyId = keyIdOf(t.tenantId());
        assertThat(api().get("/api/v1/documents/", t.apiKey()).status()).isEqualTo(200);

        Resp foreign =
                api().delete("/api/admin/tenants/" + other.tenantId() + "/api-keys/" + keyId, api().adminToken());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).isEqualTo("{\"detail\":\"Not found.\"}");
        assertThat(api().get("/api/v1/documents/", t.apiKey()).status()).isEqualTo(200);

        String path = "/api/admin/tenants/" + t.tenantId() + "/api-keys/" + keyId;
        Resp revoked = api().delete(path, api().adminToken());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        Resp refused = api().get("/api/v1/documents/", t.apiKey());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text()).isEqualTo(INVALID_KEY);

        String revokedAt = keyOf(t.tenantId()).getString("revoked_at");
        assertThat(api().delete(path, api().adminToken()).status()).isEqualTo(204);
        assertThat(keyOf(t.tenantId()).getString("revoked_at")).isEqualTo(revokedAt);
        assertThat(api().delete(
                                "/api/admin/tenants/" + t.tenantId() + "/api-keys/" + UUID.randomUUID(),
                                api().adminToken())
                        .status())
                .isEqualTo(404);
    }

    @Test
    default void givenKeyExpiringInSeconds_whenItPasses_thenTheKeyIs401() throws InterruptedException {
        String tenantId = api().createTenant("Expiring Ltd").getString("id");
        Instant expiry = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        Resp issued = api().postJson(
                        "/api/admin/tenants/" + tenantId + "/api-keys",
                        api().adminToken(),
                        "{\"email\": \"a@example.com\", \"expires_at\": \"" + expiry + "\"}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(Instant.parse(issued.json().getString("expires_at"))).isEqualTo(expiry);
        String key = issued.json().getString("api_key");
        assertThat(api().get("/api/v1/documents/", key).status()).isEqualTo(200);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 200);

        Resp refused = api().get("/api/v1/documents/", key);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text()).isEqualTo(INVALID_KEY);
    }

    @Test
    default void givenPastOrMalformedExpiry_whenKeyIssued_then400OnExpiresAt() {
        String tenantId = api().createTenant("Bad Expiry Ltd").getString("id");
        String path = "/api/admin/tenants/" + tenantId + "/api-keys";
        Resp past = api().postJson(
                        path,
                        api().adminToken(),
                        "{\"email\": \"a@example.com\", \"expires_at\": \"2020-01-01T00:00:00Z\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.text()).isEqualTo("{\"expires_at\":[\"Must be in the future.\"]}");
        Resp malformed = api().outsideContract()
                .postJson(path, api().adminToken(), "{\"email\": \"a@example.com\", \"expires_at\": \"next week\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().keySet()).containsExactly("expires_at");
        assertThat(api().get(path, api().adminToken()).jsonArray()).isEmpty();
    }

    private JsonObject keyOf(String tenantId) {
        Resp r = api().get("/api/admin/tenants/" + tenantId + "/api-keys", api().adminToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.jsonArray().getJsonObject(0);
    }

    private String keyIdOf(String tenantId) {
        return keyOf(tenantId).getString("id");
    }

    private static List<String> ids(JsonArray results) {
        return results.getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id"))
                .toList();
    }
}
