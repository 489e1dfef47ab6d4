package dev.dossier.adapters.rest.admin;

import static dev.dossier.adapters.rest.harness.RestHarness.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Multipart;
import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.audit.ChainedAuditEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin API in process: tenants, keys and the audit trail, behind the admin token. */
class AdminApiTest {
    @RegisterExtension
    static final RestHarness api = new RestHarness();

    @Nested
    class Tenants {
        @Test
        void givenAdminToken_whenTenantCreated_then201WithIdNameAndCreatedAt() {
            Resp r = api.postJson("/api/admin/tenants", ADMIN_TOKEN, "{\"name\": \"Acme Bank\"}");

            assertThat(r.status()).isEqualTo(201);
            JsonObject t = r.json();
            assertThat(t.keySet()).containsExactly("id", "name", "created_at");
            assertThat(UUID.fromString(t.getString("id"))).isNotNull();
            assertThat(t.getString("name")).isEqualTo("Acme Bank");
            assertThat(t.getString("created_at"))
                    .isEqualTo(api.ports().time().now().toString())
                    .endsWith("Z");
            assertThat(api.ports().tenants().all())
                    .anyMatch(x -> x.id().toString().equals(t.getString("id")));
        }

        @Test
        void givenNoAdminToken_then401NotProvided() {
            Resp r = api.postJson("/api/admin/tenants", null, "{\"name\": \"x\"}");

            assertThat(r.status()).isEqualTo(401);
            assertThat(r.text()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
            assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
        }

        @Test
        void givenWrongAdminToken_then401Invalid() {
            Resp r = api.postJson("/api/admin/tenants", "not-the-token", "{\"name\": \"x\"}");

            assertThat(r.status()).isEqualTo(401);
            assertThat(r.text()).isEqualTo("{\"detail\":\"Invalid API key.\"}");
        }

        @Test
        void givenATenantsApiKey_whenUsedOnTheAdminApi_then401Invalid() {
            var tenant = api.newTenant();

            Resp r = api.postJson("/api/admin/tenants", tenant.apiKey(), "{\"name\": \"x\"}");

            assertThat(r.status()).isEqualTo(401);
            assertThat(r.text()).isEqualTo("{\"detail\":\"Invalid API key.\"}");
        }

        @Test
        void givenMissingWrongOrUnknownFields_then400FieldMap() {
            assertThat(api.postJson("/api/admin/tenants", ADMIN_TOKEN, "{}").toString())
                    .isEqualTo("400 {\"name\":[\"This field is required.\"]}");
            assertThat(api.postJson("/api/admin/tenants", ADMIN_TOKEN, "{\"name\": 42}")
                            .toString())
                    .isEqualTo("400 {\"name\":[\"Not a valid string.\"]}");
            assertThat(api.postJson("/api/admin/tenants", ADMIN_TOKEN, "{\"name\": \"a\", \"plan\": \"gold\"}")
                            .toString())
                    .isEqualTo("400 {\"plan\":[\"Unknown field.\"]}");
        }

        @Test
        void givenMalformedJson_then400Detail() {
            Resp r = api.postJson("/api/admin/tenants", ADMIN_TOKEN, "{\"name\": ");

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().keySet()).containsExactly("detail");
            assertThat(r.json().getString("detail")).startsWith("JSON parse error - ");
        }

        @Test
        void givenAnotherMediaType_then415FromTheFramework() {
            Resp r = api.send("POST", "/api/admin/tenants", ADMIN_TOKEN, "text/plain", "name=x".getBytes());

            assertThat(r.toString())
                    .isEqualTo("415 {\"detail\":\"Unsupported media type \\\"text/plain\\\" in request.\"}");
        }

        @Test
        void givenAnotherMethod_then405FromTheFrameworkWithAllow() {
            Resp r = api.send("PUT", "/api/admin/tenants", ADMIN_TOKEN, "application/json", "{}".getBytes());

            assertThat(r.toString()).isEqualTo("405 {\"detail\":\"Method \\\"PUT\\\" not allowed.\"}");
            assertThat(r.header("Allow")).contains("POST");
        }
    }

    @Nested
    class ApiKeys {
        @Test
        void givenTenant_whenKeyIssued_then201WithTheKeyOnceAndTheDefaultScope() {
            String tenantId = api.postJson("/api/admin/tenants", ADMIN_TOKEN, "{\"name\": \"Keys Ltd\"}")
                    .json()
                    .getString("id");

            Resp r = api.postJson(
                    "/api/admin/tenants/" + tenantId + "/api-keys",
                    ADMIN_TOKEN,
                    "{\"email\": \"api.user@example.com\"}");

            assertThat(r.status()).isEqualTo(201);
            JsonObject k = r.json();
            assertThat(k.keySet()).containsExactly("id", "api_key", "email", "scopes", "created_at", "expires_at");
            assertThat(k.isNull("expires_at")).isTrue();
            assertThat(k.getString("api_key")).startsWith("dsk_");
            assertThat(k.getString("email")).isEqualTo("api.user@example.com");
            assertThat(k.getJsonArray("scopes").getValuesAs(JsonString::getString))
                    .containsExactly("documents");
            assertThat(api.get("/api/v1/documents/", k.getString("api_key")).status())
                    .isEqualTo(200);
        }

        @Test
        void givenScopes_thenListedInTheirOrder() {
            String tenantId = api.newTenant().tenantId();

            Resp r = api.postJson(
                    "/api/admin/tenants/" + tenantId + "/api-keys",
                    ADMIN_TOKEN,
                    "{\"email\": \"r@example.com\", \"scopes\": [\"confidential\", \"review\", \"documents\"]}");

            assertThat(r.json().getJsonArray("scopes").getValuesAs(JsonString::getString))
                    .containsExactly("documents", "review", "confidential");
        }

        @Test
        void givenBadScopeOrEmail_then400FieldMap() {
            String tenantId = api.newTenant().tenantId();
            String path = "/api/admin/tenants/" + tenantId + "/api-keys";

            Resp scope = api.postJson(
                    path, ADMIN_TOKEN, "{\"email\": \"a@example.com\", \"scopes\": [\"documents\", \"superuser\"]}");
            Resp email = api.postJson(path, ADMIN_TOKEN, "{\"email\": \"not-an-email\"}");
            Resp notAList = api.postJson(path, ADMIN_TOKEN, "{\"email\": \"a@example.com\", \"scopes\": \"review\"}");

            assertThat(scope.status()).isEqualTo(400);
            assertThat(scope.json().getJsonArray("scopes").getString(0))
                    .startsWith("\"superuser\" is not a valid choice. Allowed: ");
            assertThat(email.toString()).isEqualTo("400 {\"email\":[\"Enter a valid email address.\"]}");
            assertThat(notAList.toString())
                    .isEqualTo("400 {\"scopes\":[\"Expected a list of items but got type \\\"string\\\".\"]}");
        }

        @Test
        void givenUnknownOrMalformedTenant_then404NotFound() {
            Resp missing = api.postJson(
                    "/api/admin/tenants/" + UUID.randomUUID() + "/api-keys",
                    ADMIN_TOKEN,
                    "{\"email\": \"a@example.com\"}");
            Resp malformed = api.postJson(
                    "/api/admin/tenants/not-a-uuid/api-keys", ADMIN_TOKEN, "{\"email\": \"a@example.com\"}");

            assertThat(missing.toString()).isEqualTo("404 {\"detail\":\"Not found.\"}");
            assertThat(malformed.toString()).isEqualTo("404 {\"detail\":\"Not found.\"}");
        }
    }

    @Nested
    class AuditEvents {
        @Test
        void givenConfidentialDocumentRead_thenTheTrailListsItNewestFirstWithTheClientAddress() {
            var t = api.newTenant("documents", "confidential");
            String doc = upload(t.apiKey(), "confidential");
            api.ports().time().advance(java.time.Duration.ofSeconds(1));
            assertThat(api.get("/api/v1/documents/" + doc + "/", t.apiKey()).status())
                    .isEqualTo(200);

            Resp r = api.get("/api/admin/tenants/" + t.tenantId() + "/audit-events", ADMIN_TOKEN);

            assertThat(r.status()).isEqualTo(200);
            JsonObject page = r.json();
            assertThat(page.keySet()).containsExactly("has_more", "next_cursor", "prev_cursor", "results");
            assertThat(page.getBoolean("has_more")).isFalse();
            assertThat(page.isNull("next_cursor")).isTrue();
            JsonObject read = page.getJsonArray("results").getJsonObject(0);
            assertThat(read.keySet())
                    .containsExactly(
                            "id",
                            "document_id",
                            "entity_id",
                            "action",
                            "detail",
                            "actor_key_id",
                            "actor_email",
                            "client_address",
                            "occurred_at",
                            "hash");
            assertThat(read.getString("hash")).matches("[0-9a-f]{64}");
            assertThat(read.getString("document_id")).isEqualTo(doc);
            assertThat(read.getString("action")).isEqualTo("read");
            assertThat(read.getString("actor_email")).isEqualTo(t.email());
            assertThat(read.getString("client_address")).isEqualTo("127.0.0.1");
        }

        @Test
        void givenDocumentFilter_thenOnlyItsEvents_andAMalformedFilterIs400() {
            var t = api.newTenant("documents", "confidential");
            String first = upload(t.apiKey(), "confidential");
            String second = upload(t.apiKey(), "confidential");
            api.get("/api/v1/documents/" + first + "/", t.apiKey());
            api.get("/api/v1/documents/" + second + "/", t.apiKey());
            String path = "/api/admin/tenants/" + t.tenantId() + "/audit-events";

            Resp filtered = api.get(path + "?document_id=" + second, ADMIN_TOKEN);
            Resp malformed = api.get(path + "?document_id=nope", ADMIN_TOKEN);

            assertThat(filtered.json().getJsonArray("results").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("document_id"))
                    .containsOnly(second);
            assertThat(malformed.toString()).isEqualTo("400 {\"document_id\":[\"Must be a valid UUID.\"]}");
        }

        @Test
        void givenUnknownTenantOrNoToken_then404Or401() {
            assertThat(api.get("/api/admin/tenants/" + UUID.randomUUID() + "/audit-events", ADMIN_TOKEN)
                            .toString())
                    .isEqualTo("404 {\"detail\":\"Not found.\"}");
            assertThat(api.get("/api/admin/tenants/" + UUID.randomUUID() + "/audit-events", null)
                            .status())
                    .isEqualTo(401);
        }

        @Test
        void givenUntouchedTrail_whenVerified_thenValidWithEveryEventChecked() {
            var t = api.newTenant("documents", "confidential");
            String doc = upload(t.apiKey(), "confidential");
            api.get("/api/v1/documents/" + doc + "/", t.apiKey());
            upload(t.apiKey(), "shared");

            Resp r = api.get("/api/admin/tenants/" + t.tenantId() + "/audit-events/verify", ADMIN_TOKEN);

            assertThat(r.toString()).isEqualTo("200 {\"valid\":true,\"events_checked\":3}");
        }

        @Test
        void givenEventChangedBehindDossiersBack_whenVerified_thenItIsNamedAsTheFirstInvalid() {
            var t = api.newTenant("documents", "confidential");
            String doc = upload(t.apiKey(), "confidential");
            api.get("/api/v1/documents/" + doc + "/", t.apiKey());
            upload(t.apiKey(), "shared");
            String path = "/api/admin/tenants/" + t.tenantId() + "/audit-events";
            // the read is the second of the tenant's three events
            String read = Resp.check(api.get(path + "?document_id=" + doc, ADMIN_TOKEN), 200)
                    .json()
                    .getJsonArray("results")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(e -> e.getString("action").equals("read"))
                    .findFirst()
                    .orElseThrow()
                    .getString("id");
            api.ports().auditEvents().tamper(UUID.fromString(read), stored -> {
                AuditEvent e = stored.event();
                return new ChainedAuditEvent(
                        new AuditEvent(
                                e.id(),
                                e.tenantId(),
                                e.documentId(),
                                e.action(),
                                e.actorKeyId(),
                                "someone-else@example.com",
                                e.clientAddress(),
                                e.occurredAt()),
                        stored.sequence(),
                        stored.hash());
            });

            Resp r = api.get(path + "/verify", ADMIN_TOKEN);

            assertThat(r.toString())
                    .isEqualTo(
                            "200 {\"valid\":false,\"events_checked\":2,\"first_invalid_event_id\":\"" + read + "\"}");
        }

        @Test
        void givenUnknownOrMalformedTenantOrNoToken_whenVerified_then404Or401() {
            assertThat(api.get("/api/admin/tenants/" + UUID.randomUUID() + "/audit-events/verify", ADMIN_TOKEN)
                            .toString())
                    .isEqualTo("404 {\"detail\":\"Not found.\"}");
            assertThat(api.get("/api/admin/tenants/nope/audit-events/verify", ADMIN_TOKEN)
                            .toString())
                    .isEqualTo("404 {\"detail\":\"Not found.\"}");
            assertThat(api.get("/api/admin/tenants/" + UUID.randomUUID() + "/audit-events/verify", null)
                            .status())
                    .isEqualTo(401);
        }

        private String upload(String key, String classification) {
            return Resp.check(
                            api.post(
                                    "/api/v1/documents/upload/",
                                    key,
                                    Multipart.form()
                                            .field("document_type", "Passport")
                                            .field("classification", classification)
                                            .file("file", "passport.pdf", Fixtures.pdf())),
                            201)
                    .json()
                    .getString("id");
        }
    }
}
