package dev.dossier.adapters.rest.admin;

import static dev.dossier.adapters.rest.harness.RestHarness.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import dev.dossier.domain.tenant.ApiKey;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin API's reads of tenants and keys, key revocation and expiry, in process. */
class AdminTenantsAndKeysApiTest {
    private static final String INVALID_KEY = "401 {\"detail\":\"Invalid API key.\"}";

    @RegisterExtension
    static final RestHarness api = new RestHarness();

    private static String newTenant(String name) {
        api.ports().time().advance(Duration.ofMillis(1)); // distinct created_at, newest last
        return api.postJson("/api/admin/tenants", ADMIN_TOKEN, "{\"name\": \"" + name + "\"}")
                .json()
                .getString("id");
    }

    private static JsonObject issue(String tenantId, String json) {
        Resp r = api.postJson("/api/admin/tenants/" + tenantId + "/api-keys", ADMIN_TOKEN, json);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Nested
    class Tenants {
        @Test
        void givenTenants_whenListedByPages_thenNewestFirstWithWorkingCursorsBothWays() {
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                mine.add(0, newTenant("Paged " + i));
            }
            Resp first = api.get("/api/admin/tenants?page_size=2", ADMIN_TOKEN);

            assertThat(first.status()).isEqualTo(200);
            JsonObject page = first.json();
            assertThat(page.keySet()).containsExactly("has_more", "next_cursor", "prev_cursor", "results");
            assertThat(page.getBoolean("has_more")).isTrue();
            assertThat(page.isNull("prev_cursor")).isTrue();
            JsonArray results = page.getJsonArray("results");
            assertThat(results.getJsonObject(0).keySet()).containsExactly("id", "name", "created_at");
            assertThat(ids(results)).containsExactly(mine.get(0), mine.get(1));
            assertThat(results.getJsonObject(0).getString("name")).isEqualTo("Paged 2");

            JsonObject next = api.get(
                            "/api/admin/tenants?page_size=2&after=" + page.getString("next_cursor"), ADMIN_TOKEN)
                    .json();
            assertThat(ids(next.getJsonArray("results")).get(0)).isEqualTo(mine.get(2));
            JsonObject back = api.get(
                            "/api/admin/tenants?page_size=2&before=" + next.getString("prev_cursor"), ADMIN_TOKEN)
                    .json();
            assertThat(ids(back.getJsonArray("results"))).containsExactly(mine.get(0), mine.get(1));
        }

        @Test
        void givenBadCursorOrPageSize_then400FieldMap() {
            assertThat(api.get("/api/admin/tenants?after=forged", ADMIN_TOKEN).toString())
                    .isEqualTo("400 {\"after\":[\"Invalid cursor.\"]}");
            assertThat(api.get("/api/admin/tenants?page_size=0", ADMIN_TOKEN).status())
                    .isEqualTo(400);
        }

        @Test
        void givenTenant_whenGot_thenItsJsonElse404() {
            String id = newTenant("Acme Read");

            Resp r = api.get("/api/admin/tenants/" + id, ADMIN_TOKEN);

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().keySet()).containsExactly("id", "name", "created_at");
            assertThat(r.json().getString("id")).isEqualTo(id);
            assertThat(r.json().getString("name")).isEqualTo("Acme Read");
            assertThat(api.get("/api/admin/tenants/" + UUID.randomUUID(), ADMIN_TOKEN)
                            .toString())
                    .isEqualTo("404 {\"detail\":\"Not found.\"}");
            assertThat(api.get("/api/admin/tenants/not-a-uuid", ADMIN_TOKEN).toString())
                    .isEqualTo("404 {\"detail\":\"Not found.\"}");
        }

        @Test
        void givenTenantKey_whenTenantsListed_then401() {
            var t = api.newTenant();
            assertThat(api.get("/api/admin/tenants", t.apiKey()).toString()).isEqualTo(INVALID_KEY);
        }
    }

    @Nested
    class Keys {
        @Test
        void givenKeys_whenListed_thenNewestFirstWithoutSecretOrHash() {
            String tenant = newTenant("Keys List");
            JsonObject older = issue(tenant, "{\"email\": \"a@example.com\"}");
            api.ports().time().advance(Duration.ofSeconds(1));
            JsonObject newer = issue(tenant, "{\"email\": \"b@example.com\", \"scopes\": [\"review\", \"documents\"]}");

            Resp r = api.get("/api/admin/tenants/" + tenant + "/api-keys", ADMIN_TOKEN);

            assertThat(r.status()).isEqualTo(200);
            JsonArray keys = r.jsonArray();
            assertThat(keys).hasSize(2);
            JsonObject first = keys.getJsonObject(0);
            assertThat(first.keySet())
                    .containsExactly("id", "email", "scopes", "created_at", "expires_at", "revoked_at", "last_used_at");
            assertThat(first.getString("id")).isEqualTo(newer.getString("id"));
            assertThat(first.getJsonArray("scopes").getValuesAs(JsonString::getString))
                    .containsExactly("documents", "review");
            assertThat(keys.getJsonObject(1).getString("id")).isEqualTo(older.getString("id"));
            for (JsonObject issued : List.of(older, newer)) {
                String secret = issued.getString("api_key");
                assertThat(r.text()).doesNotContain(secret).doesNotContain(ApiKey.hashOf(secret));
            }
            assertThat(first.isNull("revoked_at")).isTrue();
            assertThat(first.isNull("last_used_at")).isTrue();
        }

        @Test
        void givenKeyUsed_whenListed_thenLastUsedAtIsTheUse() {
            String tenant = newTenant("Keys Used");
            JsonObject key = issue(tenant, "{\"email\": \"a@example.com\"}");
            assertThat(api.get("/api/v1/documents/", key.getString("api_key")).status())
                    .isEqualTo(200);

            JsonObject listed = api.get("/api/admin/tenants/" + tenant + "/api-keys", ADMIN_TOKEN)
                    .jsonArray()
                    .getJsonObject(0);

            assertThat(listed.getString("last_used_at"))
                    .isEqualTo(api.ports().time().now().toString());
        }

        @Test
        void givenKey_whenRevoked_then204And401AndRevokeAgainKeepsTheFirstTime() {
            String tenant = newTenant("Keys Revoked");
            JsonObject key = issue(tenant, "{\"email\": \"a@example.com\"}");
            String secret = key.getString("api_key");
            String path = "/api/admin/tenants/" + tenant + "/api-keys/" + key.getString("id");
            assertThat(api.get("/api/v1/documents/", secret).status()).isEqualTo(200);

            Resp revoked = api.delete(path, ADMIN_TOKEN);

            assertThat(revoked.status()).isEqualTo(204);
            assertThat(revoked.text()).isEmpty();
            assertThat(api.get("/api/v1/documents/", secret).toString()).isEqualTo(INVALID_KEY);
            String revokedAt = api.get("/api/admin/tenants/" + tenant + "/api-keys", ADMIN_TOKEN)
                    .jsonArray()
                    .getJsonObject(0)
                    .getString("revoked_at");
            assertThat(revokedAt).isEqualTo(api.ports().time().now().toString());
            api.ports().time().advance(Duration.ofMinutes(5));
            assertThat(api.delete(path, ADMIN_TOKEN).status()).isEqualTo(204);
            assertThat(api.get("/api/admin/tenants/" + tenant + "/api-keys", ADMIN_TOKEN)
                            .jsonArray()
                            .getJsonObject(0)
                            .getString("revoked_at"))
                    .isEqualTo(revokedAt);
        }

        @Test
        void givenKeyOfAnotherTenantOrUnknownKey_whenRevoked_then404AndTheKeyStillWorks() {
            String tenant = newTenant("Keys Mine");
            String other = newTenant("Keys Other");
            JsonObject key = issue(other, "{\"email\": \"a@example.com\"}");

            assertThat(api.delete("/api/admin/tenants/" + tenant + "/api-keys/" + key.getString("id"), ADMIN_TOKEN)
                            .toString())
                    .isEqualTo("404 {\"detail\":\"Not found.\"}");
            assertThat(api.delete("/api/admin/tenants/" + tenant + "/api-keys/" + UUID.randomUUID(), ADMIN_TOKEN)
                            .toString())
                    .isEqualTo("404 {\"detail\":\"Not found.\"}");
            assertThat(api.delete("/api/admin/tenants/" + tenant + "/api-keys/not-a-uuid", ADMIN_TOKEN)
                            .toString())
                    .isEqualTo("404 {\"detail\":\"Not found.\"}");
            assertThat(api.get("/api/admin/tenants/" + UUID.randomUUID() + "/api-keys", ADMIN_TOKEN)
                            .toString())
                    .isEqualTo("404 {\"detail\":\"Not found.\"}");
            assertThat(api.get("/api/v1/documents/", key.getString("api_key")).status())
                    .isEqualTo(200);
        }

        @Test
        void givenKeyWithExpiry_whenItPasses_then401() {
            String tenant = newTenant("Keys Expiring");
            String expiry = api.ports().time().now().plusSeconds(30).toString();
            JsonObject key = issue(tenant, "{\"email\": \"a@example.com\", \"expires_at\": \"" + expiry + "\"}");
            assertThat(key.getString("expires_at")).isEqualTo(expiry);
            assertThat(api.get("/api/v1/documents/", key.getString("api_key")).status())
                    .isEqualTo(200);

            api.ports().time().advance(Duration.ofSeconds(30));

            assertThat(api.get("/api/v1/documents/", key.getString("api_key")).toString())
                    .isEqualTo(INVALID_KEY);
        }

        @Test
        void givenExpiryWithAnotherOffset_whenIssued_thenTheSameInstantInUtc() {
            String tenant = newTenant("Keys Offset");
            JsonObject key =
                    issue(tenant, "{\"email\": \"a@example.com\", \"expires_at\": \"2999-01-31T14:00:00+02:00\"}");
            assertThat(key.getString("expires_at")).isEqualTo("2999-01-31T12:00:00Z");
        }

        @Test
        void givenPastMalformedOrOffsetlessExpiry_then400OnExpiresAtAndNoKey() {
            String tenant = newTenant("Keys Bad Expiry");
            String path = "/api/admin/tenants/" + tenant + "/api-keys";
            String past = api.ports().time().now().minusSeconds(1).toString();

            assertThat(api.postJson(
                                    path,
                                    ADMIN_TOKEN,
                                    "{\"email\": \"a@example.com\", \"expires_at\": \"" + past + "\"}")
                            .toString())
                    .isEqualTo("400 {\"expires_at\":[\"Must be in the future.\"]}");
            for (String bad : List.of("\"tomorrow\"", "\"2999-01-31T12:00:00\"", "\"2999-01-31\"", "42")) {
                Resp r = api.postJson(path, ADMIN_TOKEN, "{\"email\": \"a@example.com\", \"expires_at\": " + bad + "}");
                assertThat(r.status()).as(bad).isEqualTo(400);
                assertThat(r.json().keySet()).as(bad).containsExactly("expires_at");
            }
            assertThat(api.get(path, ADMIN_TOKEN).jsonArray()).isEmpty();
        }
    }

    private static List<String> ids(JsonArray results) {
        return results.getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id"))
                .toList();
    }
}
