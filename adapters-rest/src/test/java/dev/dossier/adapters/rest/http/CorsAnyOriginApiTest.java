package dev.dossier.adapters.rest.http;

import static dev.dossier.adapters.rest.http.CorsApiTest.assertReadableBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DOSSIER_CORS_ALLOWED_ORIGINS=*: every origin, named back as it came (no credentials mode, so no wildcard needed). */
class CorsAnyOriginApiTest {
    @RegisterExtension
    static final RestHarness api = new RestHarness(CorsPolicy.parse("*"));

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com", "http://localhost:3000", "null"})
    void givenAnyOrigin_thenPreflightAnswered_andAnswersReadable(String origin) {
        var t = api.newTenant();

        Resp preflight = CorsApiTest.preflight(api, origin, "GET", "/api/v1/documents/");
        Resp list = api.send("GET", "/api/v1/documents/", t.apiKey(), null, null, "Origin", origin);
        Resp refused = api.send("GET", "/api/v1/documents/", null, null, null, "Origin", origin);

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(origin);
        assertThat(list.status()).isEqualTo(200);
        assertReadableBy(list, origin);
        assertThat(refused.status()).isEqualTo(401);
        assertReadableBy(refused, origin);
    }
}
