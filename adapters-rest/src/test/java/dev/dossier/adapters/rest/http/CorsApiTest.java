package dev.dossier.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Multipart;
import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import dev.dossier.application.fakes.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CORS with a list of allowed origins: preflights before authentication, and the origin named on every answer. */
class CorsApiTest {
    static final String APP = "https://app.example.com";
    static final String DEV = "http://127.0.0.1:5173";
    static final String OTHER = "https://evil.example";

    @RegisterExtension
    static final RestHarness api = new RestHarness(CorsPolicy.parse(APP + ", " + DEV));

    /** A request as a browser on {@code origin} sends it. */
    static Resp from(String origin, String method, String path, String bearer, String contentType, byte[] body) {
        return api.send(method, path, bearer, contentType, body, "Origin", origin);
    }

    static Resp preflight(RestHarness server, String origin, String method, String path) {
        return server.send(
                "OPTIONS",
                path,
                null,
                null,
                null,
                "Origin",
                origin,
                "Access-Control-Request-Method",
                method,
                "Access-Control-Request-Headers",
                "authorization,content-type,idempotency-key");
    }

    /** The headers every answer to an allowed origin carries, and none that would ask for credentials mode. */
    static void assertReadableBy(Resp r, String origin) {
        assertThat(r.header("Access-Control-Allow-Origin")).as(r.toString()).isEqualTo(origin);
        assertThat(r.header("Vary")).as(r.toString()).containsIgnoringCase("Origin");
        assertThat(r.header("Access-Control-Expose-Headers"))
                .as(r.toString())
                .contains("Idempotent-Replayed", "X-Request-Id", "Retry-After", "Content-Disposition", "Location");
        assertThat(r.header("Access-Control-Allow-Credentials")).isNull();
    }

    static void assertNoCorsHeaders(Resp r) {
        assertThat(r.headers().keySet())
                .as(r.headers().toString())
                .noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-"));
    }

    @Nested
    class Preflights {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "/api/v1/documents/upload/",
                    "/api/v2/documents/",
                    "/api/v1/documents/550e8400-e29b-41d4-a716-446655440000/",
                    "/v1/businesses/7a3c0f2e-1111-4a4a-9b9b-123456789abc/documents",
                    "/document.create",
                    "/api/admin/tenants",
                    "/no/such/route/"
                })
        void givenAllowedOrigin_thenAnswered204BeforeAuthentication(String path) {
            Resp r = preflight(api, APP, "POST", path);

            assertThat(r.status()).as(r.toString()).isEqualTo(204);
            assertThat(r.body()).isEmpty();
            assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo(APP);
            assertThat(r.header("Access-Control-Allow-Methods")).isEqualTo("GET, HEAD, POST, DELETE");
            assertThat(r.header("Access-Control-Allow-Headers"))
                    .isEqualTo("Authorization, Content-Type, Idempotency-Key, X-Request-Id");
            assertThat(r.header("Access-Control-Max-Age")).isEqualTo("600");
            assertThat(r.header("Vary")).isEqualTo("Origin");
            assertThat(r.header("Access-Control-Allow-Credentials")).isNull();
            assertThat(r.header("WWW-Authenticate")).isNull();
        }

        @Test
        void givenTheOtherAllowedOrigin_thenItIsTheOneNamed() {
            assertThat(preflight(api, DEV, "DELETE", "/api/v1/documents/x/").header("Access-Control-Allow-Origin"))
                    .isEqualTo(DEV);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    OTHER,
                    "http://app.example.com",
                    "https://app.example.com.evil.example",
                    "http://localhost:5173",
                    "http://127.0.0.1:5174",
                    "null"
                })
        void givenAnotherOrigin_then403WithoutCorsHeaders(String origin) {
            Resp r = preflight(api, origin, "POST", "/api/v1/documents/upload/");

            assertThat(r.toString())
                    .isEqualTo("403 {\"detail\":\"This origin is not allowed to call the API from a browser.\"}");
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertNoCorsHeaders(r);
        }

        @Test
        void givenAPreflightForADelete_thenNothingIsDeleted() {
            var t = api.newTenant();
            String doc = api.newTenantDocument(t.apiKey(), "statement.pdf", Fixtures.pdf(), "Financial Statement");

            assertThat(preflight(api, APP, "DELETE", "/api/v1/documents/" + doc + "/")
                            .status())
                    .isEqualTo(204);

            assertThat(api.get("/api/v1/documents/" + doc + "/", t.apiKey()).status())
                    .isEqualTo(200);
        }

        @Test
        void givenOptionsThatIsNoPreflight_thenAuthenticationStillDecides() {
            Resp noMethod = from(APP, "OPTIONS", "/api/v1/documents/", null, null, null);
            Resp noOrigin =
                    api.send("OPTIONS", "/api/v1/documents/", null, null, null, "Access-Control-Request-Method", "GET");

            assertThat(noMethod.status()).as(noMethod.toString()).isEqualTo(401);
            assertReadableBy(noMethod, APP);
            assertThat(noOrigin.status()).as(noOrigin.toString()).isEqualTo(401);
            assertNoCorsHeaders(noOrigin);
        }
    }

    @Nested
    class Answers {
        @Test
        void givenAllowedOrigin_whenTheReferenceCallsAreMade_thenEveryAnswerIsReadable() {
            var t = api.newTenant();
            Multipart form = Multipart.form()
                    .field("document_type", "Financial Statement")
                    .file("file", "financial_statement.pdf", Fixtures.pdf());

            Resp upload = from(APP, "POST", "/api/v1/documents/upload/", t.apiKey(), form.contentType(), form.body());
            String doc = upload.json().getString("id");
            Resp list = from(APP, "GET", "/api/v2/documents/", t.apiKey(), null, null);
            Resp get = from(APP, "GET", "/api/v1/documents/" + doc + "/", t.apiKey(), null, null);
            Resp link = from(APP, "GET", "/api/v1/documents/" + doc + "/download/", t.apiKey(), null, null);
            String url = link.json().getString("download_url").replace(RestHarness.PUBLIC_URL, "");
            Resp file = from(APP, "GET", url, null, null, null);
            Resp delete = from(APP, "DELETE", "/api/v1/documents/" + doc + "/", t.apiKey(), null, null);

            assertThat(upload.status()).isEqualTo(201);
            assertThat(list.status()).isEqualTo(200);
            assertThat(get.status()).isEqualTo(200);
            assertThat(link.status()).isEqualTo(200);
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.header("Content-Disposition")).startsWith("attachment");
            assertThat(delete.status()).isEqualTo(204);
            for (Resp r : new Resp[] {upload, list, get, link, file, delete}) {
                assertReadableBy(r, APP);
            }
        }

        @Test
        void givenAuthenticationRefused_then401IsReadable() {
            Resp missing = from(DEV, "GET", "/api/v1/documents/", null, null, null);
            Resp invalid = from(DEV, "GET", "/api/v1/documents/", "dsk_noSuchKey", null, null);
            Resp admin =
                    from(DEV, "GET", "/api/admin/tenants/" + UUID.randomUUID() + "/audit-events", null, null, null);
            Resp rpc = from(DEV, "POST", "/document.get", null, "application/json", "{}".getBytes());

            for (Resp r : new Resp[] {missing, invalid, admin, rpc}) {
                assertThat(r.status()).as(r.toString()).isEqualTo(401);
                assertReadableBy(r, DEV);
            }
        }

        @Test
        void givenRefusedRequests_thenEveryErrorIsReadable() {
            var t = api.newTenant();
            var reviewer = api.newTenant("review");
            Resp unknownRoute = from(APP, "GET", "/api/v1/nothing-here/", t.apiKey(), null, null);
            Resp unknownRouteNoKey = from(APP, "GET", "/nothing-here", null, null, null);
            Resp missingDoc = from(APP, "GET", "/api/v1/documents/" + UUID.randomUUID() + "/", t.apiKey(), null, null);
            Resp scope = from(APP, "GET", "/api/v1/documents/", reviewer.apiKey(), null, null);
            Resp method = from(APP, "PUT", "/api/v1/documents/", t.apiKey(), "application/json", "{}".getBytes());
            Resp mediaType = from(APP, "POST", "/api/v1/entities/", t.apiKey(), "application/xml", "<e/>".getBytes());
            Resp broken = from(
                    APP,
                    "POST",
                    "/api/v1/documents/upload/",
                    t.apiKey(),
                    "multipart/form-data; boundary=xyz",
                    "--xyz\r\nContent-Disposition: form-data; name=\"document_type\"\r\n\r\nPassport".getBytes());
            Multipart exe = Multipart.form().field("document_type", "Passport").file("file", "a.pdf", Fixtures.exe());
            Resp field = from(APP, "POST", "/api/v1/documents/upload/", t.apiKey(), exe.contentType(), exe.body());

            assertThat(unknownRoute.status()).isEqualTo(404);
            assertThat(unknownRouteNoKey.status()).isEqualTo(404);
            assertThat(missingDoc.status()).isEqualTo(404);
            assertThat(scope.status()).isEqualTo(403);
            assertThat(method.status()).isEqualTo(405);
            assertThat(mediaType.status()).isEqualTo(415);
            assertThat(broken.status()).isEqualTo(400);
            assertThat(field.status()).isEqualTo(400);
            for (Resp r : new Resp[] {unknownRoute, unknownRouteNoKey, missingDoc, scope, method, mediaType, broken}) {
                assertReadableBy(r, APP);
            }
            assertReadableBy(field, APP);
        }

        @Test
        void givenStorageFailure_then500IsReadable() {
            var t = api.newTenant();
            Multipart form = Multipart.form().field("document_type", "Passport").file("file", "p.pdf", Fixtures.pdf());
            api.ports().contents().failPuts(true);
            try {
                Resp r = from(APP, "POST", "/api/v1/documents/upload/", t.apiKey(), form.contentType(), form.body());

                assertThat(r.status()).as(r.toString()).isEqualTo(500);
                assertThat(r.json().getString("error")).isEqualTo("File upload failed.");
                assertReadableBy(r, APP);
            } finally {
                api.ports().contents().failPuts(false);
            }
        }

        @Test
        void givenDirectUploadRpcErrors_thenReadable() {
            var t = api.newTenant();
            Resp invalid = from(APP, "POST", "/document.create", t.apiKey(), "application/json", "{}".getBytes());
            Resp malformed = from(APP, "POST", "/document.get", t.apiKey(), "application/json", "{".getBytes());
            Resp missing = from(
                    APP,
                    "POST",
                    "/document.get",
                    t.apiKey(),
                    "application/json",
                    ("{\"document_id\": \"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8));

            assertThat(invalid.status()).isEqualTo(400);
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(missing.status()).isEqualTo(404);
            for (Resp r : new Resp[] {invalid, malformed, missing}) {
                assertThat(r.json().keySet()).containsExactly("error");
                assertReadableBy(r, APP);
            }
        }

        @Test
        void givenAnIdempotentReplay_thenItsMarkerIsReadable() {
            var t = api.newTenant();
            byte[] json = "{\"name\": \"Acme Corp Ltd\", \"entity_type\": \"company\"}".getBytes();
            String key = UUID.randomUUID().toString();

            Resp first = api.send(
                    "POST",
                    "/api/v1/entities/",
                    t.apiKey(),
                    "application/json",
                    json,
                    "Origin",
                    APP,
                    "Idempotency-Key",
                    key);
            Resp again = api.send(
                    "POST",
                    "/api/v1/entities/",
                    t.apiKey(),
                    "application/json",
                    json,
                    "Origin",
                    APP,
                    "Idempotency-Key",
                    key);

            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertReadableBy(again, APP);
        }

        @Test
        void givenAnotherOrigin_thenTheAnswerNamesNoOrigin_butVariesOnIt() {
            var t = api.newTenant();

            Resp r = from(OTHER, "GET", "/api/v1/documents/", t.apiKey(), null, null);

            assertThat(r.status()).isEqualTo(200);
            assertNoCorsHeaders(r);
            assertThat(r.header("Vary")).isEqualTo("Origin");
        }

        @Test
        void givenNoOrigin_thenNoCorsHeaders() {
            var t = api.newTenant();

            Resp r = api.get("/api/v1/documents/", t.apiKey());

            assertThat(r.status()).isEqualTo(200);
            assertNoCorsHeaders(r);
        }
    }

    @Nested
    class DirectUploads {
        @Test
        void givenAnyOrigin_whenTheUploadUrlIsPreflighted_then204NamingIt() {
            Resp r = preflight(api, OTHER, "POST", "/direct-uploads");

            assertThat(r.status()).as(r.toString()).isEqualTo(204);
            assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo(OTHER);
            assertThat(r.header("Access-Control-Allow-Methods")).contains("POST");
            assertThat(r.header("Access-Control-Allow-Credentials")).isNull();
        }

        @Test
        void givenAnyOrigin_whenAFormIsPosted_thenTheAnswerIsReadable() {
            Multipart form = Multipart.form().field("key", "x");

            Resp r = from(OTHER, "POST", "/direct-uploads", null, form.contentType(), form.body());

            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertReadableBy(r, OTHER);
        }

        @Test
        void givenAPathThatOnlyLooksLikeIt_thenTheListDecides() {
            assertThat(preflight(api, OTHER, "POST", "/direct-uploads-x").status())
                    .isEqualTo(403);
            assertThat(preflight(api, OTHER, "POST", "/api/direct-uploads").status())
                    .isEqualTo(403);
        }
    }
}
