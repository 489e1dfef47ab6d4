package dev.dossier.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Deny-by-default bearer authentication in front of every surface. */
class AuthenticationApiTest {
    private static final String NOT_PROVIDED = "{\"detail\":\"Authentication credentials were not provided.\"}";
    private static final String INVALID = "{\"detail\":\"Invalid API key.\"}";

    @RegisterExtension
    static final RestHarness api = new RestHarness();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/documents/",
                "/api/v1/entities/",
                "/api/v2/documents/",
                "/api/v2/entities/",
                "/v1/businesses/7a3c0f2e-1111-4a4a-9b9b-123456789abc/documents"
            })
    void givenNoKey_whenAnySurfaceIsCalled_then401NotProvided(String path) {
        Resp r = api.get(path, null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.text()).isEqualTo(NOT_PROVIDED);
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(r.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void givenNoKey_whenAnRpcMethodIsCalled_then401InTheLibraryShape() {
        Resp r = api.postJson("/document.get", null, "{\"document_id\": \"d_x\"}");

        assertThat(r.toString()).isEqualTo("401 " + NOT_PROVIDED);
    }

    @Test
    void givenUnknownKey_then401Invalid() {
        assertThat(api.get("/api/v1/documents/", "dsk_thisKeyDoesNotExist").toString())
                .isEqualTo("401 " + INVALID);
    }

    @Test
    void givenAnotherScheme_thenTreatedAsNoKey() {
        var t = api.newTenant();

        Resp basic = api.send("GET", "/api/v1/documents/", null, null, null, "Authorization", "Basic " + t.apiKey());
        Resp token = api.send("GET", "/api/v1/documents/", null, null, null, "Authorization", "Token " + t.apiKey());
        Resp lower = api.send("GET", "/api/v1/documents/", null, null, null, "Authorization", "bearer " + t.apiKey());

        assertThat(basic.toString()).isEqualTo("401 " + NOT_PROVIDED);
        assertThat(token.status()).isEqualTo(200);
        assertThat(lower.status()).isEqualTo(200);
    }

    @Test
    void givenTheAdminToken_whenUsedAsAnApiKey_then401Invalid() {
        assertThat(api.get("/api/v1/documents/", RestHarness.ADMIN_TOKEN).toString())
                .isEqualTo("401 " + INVALID);
    }

    @Test
    void givenAKeyWithoutTheDocumentsScope_then403() {
        var reviewer = api.newTenant("review");

        Resp r = api.get("/api/v1/documents/", reviewer.apiKey());

        assertThat(r.toString()).isEqualTo("403 {\"detail\":\"You do not have permission to perform this action.\"}");
    }

    @Test
    void givenPublicEndpoints_thenNoKeyIsAsked() {
        assertThat(api.get("/docs", null).status()).isEqualTo(200);
        // a download link is its own credential: an unknown one is a 404, not a 401
        assertThat(api.get("/api/v1/files/no-such-token/", null).toString())
                .isEqualTo("404 {\"detail\":\"Not found.\"}");
    }

    @Test
    void givenBearerHeaders_thenTheTokenIsWhatFollowsTheScheme() {
        assertThat(AuthenticationFilter.bearerToken("Bearer abc")).isEqualTo("abc");
        assertThat(AuthenticationFilter.bearerToken("  bearer   abc  ")).isEqualTo("abc");
        assertThat(AuthenticationFilter.bearerToken("Token abc")).isEqualTo("abc");
        assertThat(AuthenticationFilter.bearerToken("Bearer")).isNull();
        assertThat(AuthenticationFilter.bearerToken("Bearer   ")).isNull();
        assertThat(AuthenticationFilter.bearerToken("Basic abc")).isNull();
        assertThat(AuthenticationFilter.bearerToken(null)).isNull();
    }
}
