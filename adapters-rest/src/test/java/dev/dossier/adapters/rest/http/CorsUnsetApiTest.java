package dev.dossier.adapters.rest.http;

import static dev.dossier.adapters.rest.http.CorsApiTest.assertNoCorsHeaders;
import static dev.dossier.adapters.rest.http.CorsApiTest.assertReadableBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Multipart;
import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DOSSIER_CORS_ALLOWED_ORIGINS unset: no browser origin may call the API; the signed upload URL still takes any. */
class CorsUnsetApiTest {
    static final String ORIGIN = "https://app.example.com";

    @RegisterExtension
    static final RestHarness api = new RestHarness();

    @Test
    void givenNoAllowedOrigin_thenPreflightRefused_andAnswersCarryNoCorsHeaders() {
        var t = api.newTenant();

        Resp preflight = CorsApiTest.preflight(api, ORIGIN, "GET", "/api/v1/documents/");
        Resp list = api.send("GET", "/api/v1/documents/", t.apiKey(), null, null, "Origin", ORIGIN);
        Resp refused = api.send("GET", "/api/v1/documents/", null, null, null, "Origin", ORIGIN);

        assertThat(preflight.status()).isEqualTo(403);
        assertNoCorsHeaders(preflight);
        assertThat(list.status()).isEqualTo(200);
        assertNoCorsHeaders(list);
        assertThat(list.header("Vary")).isNull();
        assertThat(refused.status()).isEqualTo(401);
        assertNoCorsHeaders(refused);
    }

    @Test
    void givenNoAllowedOrigin_thenTheUploadUrlStillAnswersAnyOrigin() {
        Multipart form = Multipart.form().field("key", "x");

        Resp preflight = CorsApiTest.preflight(api, ORIGIN, "POST", "/direct-uploads");
        Resp post = api.send("POST", "/direct-uploads", null, form.contentType(), form.body(), "Origin", ORIGIN);

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        assertThat(post.status()).isEqualTo(400);
        assertReadableBy(post, ORIGIN);
    }
}
