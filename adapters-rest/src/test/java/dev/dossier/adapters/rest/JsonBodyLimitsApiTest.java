package dev.dossier.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint that reads a JSON body refuses, in its surface's error shape and before anything
 * is done, a body it cannot read cheaply: nested too deep, over 64 KiB, in a charset other than
 * UTF-8, or not UTF-8 at all.
 */
class JsonBodyLimitsApiTest {
    @RegisterExtension
    static final RestHarness api = new RestHarness();

    private static final String ANY_ID = UUID.randomUUID().toString();
    private static final String DEEP = "{\"a\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
    private static final String LARGE = "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}";

    /** A JSON endpoint: its path, who may call it, and whether it answers in the direct-upload surface's shape. */
    record Endpoint(String path, boolean admin, boolean rpc) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Endpoint> jsonEndpoints() {
        return Stream.of(
                new Endpoint("/api/admin/tenants", true, false),
                new Endpoint("/api/admin/tenants/" + ANY_ID + "/api-keys", true, false),
                new Endpoint("/api/v1/entities/", false, false),
                new Endpoint("/api/v2/entities/", false, false),
                new Endpoint("/api/v1/responses/", false, false),
                new Endpoint("/api/v1/responses/" + ANY_ID + "/documents/attach/", false, false),
                new Endpoint("/api/v2/questionnaire-responses/", false, false),
                new Endpoint("/v1/businesses/" + ANY_ID + "/documents/" + ANY_ID + "/verify", false, false),
                new Endpoint("/v1/businesses/" + ANY_ID + "/documents/" + ANY_ID + "/reject", false, false),
                new Endpoint("/document.create", false, true),
                new Endpoint("/document.get", false, true),
                new Endpoint("/workflow.create", false, true),
                new Endpoint("/workflow.complete", false, true),
                new Endpoint("/workflow.requiredDocument.add", false, true),
                new Endpoint("/workflow.requiredDocument.list", false, true),
                new Endpoint("/workflow.requiredDocument.fulfillment.batchAdd", false, true),
                new Endpoint("/workflow.requiredDocument.fulfillment.list", false, true));
    }

    private static Resp send(Endpoint endpoint, String contentType, byte[] body) {
        String bearer = endpoint.admin()
                ? RestHarness.ADMIN_TOKEN
                : api.newTenant("documents", "review").apiKey();
        return api.send("POST", endpoint.path(), bearer, contentType, body);
    }

    private static void assertRefused(Resp r, Endpoint endpoint, int status, String rpcType, String message) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        if (endpoint.rpc()) {
            assertThat(r.json().keySet()).containsExactly("error");
            assertThat(r.json().getJsonObject("error").getString("type")).isEqualTo(rpcType);
            assertThat(r.json().getJsonObject("error").getString("message")).isEqualTo(message);
        } else {
            assertThat(r.toString()).isEqualTo(status + " {\"detail\":\"" + message.replace("\"", "\\\"") + "\"}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonEndpoints")
    void givenJsonNestedAThousandLevelsDeep_then400InTheSurfacesShape(Endpoint endpoint) {
        Resp r = send(endpoint, "application/json", DEEP.getBytes(StandardCharsets.UTF_8));

        assertRefused(r, endpoint, 400, "invalid_request", "The request body is nested more than 32 levels deep.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonEndpoints")
    void givenAnEbcdicCharset_then415InTheSurfacesShape(Endpoint endpoint) {
        Resp r = send(endpoint, "application/json; charset=ebcdic", "{}".getBytes(StandardCharsets.UTF_8));

        assertRefused(
                r,
                endpoint,
                415,
                "unsupported_media_type",
                "Unsupported charset \"ebcdic\": JSON request bodies must be UTF-8.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonEndpoints")
    void givenABodyOver64KiB_then413InTheSurfacesShape(Endpoint endpoint) {
        Resp r = send(endpoint, "application/json", LARGE.getBytes(StandardCharsets.UTF_8));

        assertRefused(r, endpoint, 413, "request_too_large", "The request body is larger than 65536 bytes.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonEndpoints")
    void givenBytesThatAreNotUtf8_then400InTheSurfacesShape(Endpoint endpoint) {
        byte[] latin1 = "{\"name\": \"Müller\"}".getBytes(StandardCharsets.ISO_8859_1);

        Resp r = send(endpoint, "application/json", latin1);

        assertRefused(r, endpoint, 400, "invalid_request", "The request body is not valid UTF-8.");
    }

    @Test
    void givenAValidEntityInAnotherCharset_whenCreated_then415AndNoEntityExists() {
        var t = api.newTenant();
        byte[] body = "{\"name\": \"Acme\", \"entity_type\": \"company\"}".getBytes(StandardCharsets.UTF_16);

        for (String path : new String[] {"/api/v1/entities/", "/api/v2/entities/"}) {
            Resp r = api.send("POST", path, t.apiKey(), "application/json; charset=UTF-16", body);
            assertThat(r.status()).as(r.toString()).isEqualTo(415);
        }

        assertThat(api.get("/api/v1/entities/", t.apiKey()).json().getInt("count"))
                .isZero();
    }

    @Test
    void givenUtf8SpelledAnyWay_thenTheBodyIsRead() {
        var t = api.newTenant();

        for (String charset : new String[] {"utf-8", "UTF-8", "utf8", "\"utf-8\""}) {
            Resp r = api.send(
                    "POST",
                    "/api/v2/entities/",
                    t.apiKey(),
                    "application/json; charset=" + charset,
                    "{\"name\": \"Müller GmbH\", \"entity_type\": \"company\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(r.status()).as(charset + ": " + r).isEqualTo(201);
            assertThat(r.json().getString("name")).isEqualTo("Müller GmbH");
        }
    }

    @Test
    void givenJsonExactly32LevelsDeep_thenItIsParsedAndJudgedOnItsFields() {
        var t = api.newTenant();
        String nested = "[".repeat(31) + "]".repeat(31);

        Resp r = api.postJson("/api/v2/entities/", t.apiKey(), "{\"name\": " + nested + "}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().keySet()).contains("name");
    }

    @Test
    void givenBracketsInsideStrings_thenTheyDoNotCountAsNesting() {
        var t = api.newTenant();
        String name = "[{".repeat(40) + "\\\"]";

        Resp r = api.postJson(
                "/api/v2/entities/", t.apiKey(), "{\"name\": \"" + name + "\", \"entity_type\": \"company\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().getString("name")).isEqualTo("[{".repeat(40) + "\"]");
    }
}
