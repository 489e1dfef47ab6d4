package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Readiness, the API description, Swagger UI, and unknown routes. */
interface ServiceEndpointApiTests extends ApiTest {

    @Test
    default void givenRunningServer_whenReadinessAsked_thenUpWithDatabaseAndStorage() {
        Resp r = api().get("/health/ready", null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text()).contains("\"dossier\"").contains("UP");
    }

    @Test
    default void givenDeployedWar_whenReadinessAsked_thenEveryUseCaseOfTheApplicationWasResolvedAndBuilt() {
        long useCases = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.dossier.application.port.in")
                        .stream()
                        .filter(c -> c.isInterface() && c.getSimpleName().endsWith("UseCase"))
                        .count();

        Resp r = api().get("/health/ready", null);

        assertThat(useCases).isGreaterThan(30);
        // a number, which a server may serialise as a JSON string (Payara) or number (Liberty)
        JsonValue built = r.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("dossier"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("data")
                .get("use_cases");
        assertThat(built instanceof JsonString s ? s.getString() : String.valueOf(built))
                .isEqualTo(String.valueOf(useCases));
    }

    @Test
    default void givenRunningServer_whenOpenApiFetched_thenEveryEndpointIsDescribed() {
        Resp r = api().send("GET", "/openapi", null, null, null, "Accept", "application/json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonObject doc = r.json();
        assertThat(doc.getJsonObject("paths").keySet())
                .contains(
                        "/api/v1/documents/upload/",
                        "/api/v1/documents/{documentId}/download/",
                        "/api/v1/entities/{entityId}/documents/upload/",
                        "/api/v1/files/{token}/",
                        "/api/admin/tenants",
                        "/api/admin/tenants/{tenantId}/api-keys",
                        "/api/v2/questionnaire-responses/{responseId}/answers/files/",
                        "/v1/businesses/{businessId}/documents/{documentId}/verify",
                        "/document.create",
                        "/direct-uploads");
        // servers from DOSSIER_PUBLIC_URL (the IT sets it to the server's own address)
        assertThat(doc.getJsonArray("servers").getJsonObject(0).getString("url"))
                .isEqualTo(api().baseUrl());
        // every upload offers a file picker: a multipart body with a binary "file"
        doc.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
                    JsonObject body = op.asJsonObject().getJsonObject("requestBody");
                    if (body != null && body.getJsonObject("content").containsKey("multipart/form-data")) {
                        String ref = body.getJsonObject("content")
                                .getJsonObject("multipart/form-data")
                                .getJsonObject("schema")
                                .getString("$ref");
                        JsonObject schema = doc.getJsonObject("components")
                                .getJsonObject("schemas")
                                .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
                        assertThat(schema.getJsonObject("properties")
                                        .getJsonObject("file")
                                        .getString("format"))
                                .as(method + " " + path)
                                .isEqualTo("binary");
                    }
                }));
    }

    @Test
    default void givenServedDocument_whenRequestBodiesRead_thenEveryTextFieldHasARealExample() {
        JsonObject doc = api().send("GET", "/openapi", null, null, null, "Accept", "application/json")
                .json();
        java.util.List<String> placeholders = new java.util.ArrayList<>();
        doc.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
                    JsonObject body = op.asJsonObject().getJsonObject("requestBody");
                    // the direct-upload form is filled with document.create's presign_values, copied as they are
                    if (body != null && !path.equals("/direct-uploads")) {
                        body.getJsonObject("content")
                                .forEach((type, media) -> placeholderFields(
                                        doc,
                                        media.asJsonObject().getJsonObject("schema"),
                                        method + " " + path,
                                        placeholders));
                    }
                }));
        // Swagger UI would prefill these with "string"
        assertThat(placeholders).isEmpty();
    }

    /** The string fields of a schema with neither an example, an enum nor a format. */
    private static void placeholderFields(JsonObject doc, JsonObject schema, String where, java.util.List<String> out) {
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            schema = doc.getJsonObject("components")
                    .getJsonObject("schemas")
                    .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        for (String combinator : new String[] {"anyOf", "oneOf", "allOf"}) {
            if (schema.containsKey(combinator)) {
                for (var branch : schema.getJsonArray(combinator)) {
                    placeholderFields(doc, branch.asJsonObject(), where, out);
                }
            }
        }
        if (schema.containsKey("properties")) {
            schema.getJsonObject("properties")
                    .forEach((name, property) ->
                            placeholderFields(doc, property.asJsonObject(), where + " " + name, out));
        } else if (schema.containsKey("items")) {
            placeholderFields(doc, schema.getJsonObject("items"), where + "[]", out);
        } else if ("string".equals(schema.getString("type", ""))
                && !schema.containsKey("example")
                && !schema.containsKey("enum")
                && !schema.containsKey("format")) {
            out.add(where);
        }
    }

    @Test
    default void givenYamlAccept_whenOpenApiFetched_thenYaml_andFormatJsonStillJson() {
        Resp yaml = api().send("GET", "/openapi", null, null, null, "Accept", "application/yaml");
        assertThat(yaml.status()).as(yaml.toString()).isEqualTo(200);
        assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
        assertThat(yaml.text()).startsWith("openapi: 3.0.3").contains("operationId: v1CreateEntity");
        Resp json = api().send("GET", "/openapi?format=JSON", null, null, null, "Accept", "application/yaml");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().getString("openapi")).isEqualTo("3.0.3");
    }

    @Test
    default void givenServedDocument_whenCheckedBySwaggerCliAndRedocly_thenZeroErrors() throws Exception {
        Path tools = Path.of(System.getProperty("dossier.it.openapi.tools"));
        Resp yaml = api().send("GET", "/openapi", null, null, null, "Accept", "application/yaml");
        Path file = Files.createTempFile("openapi", ".yaml");
        Files.write(file, yaml.body());
        Path config = Path.of("src/test/resources/openapi/redocly.yaml").toAbsolutePath();
        String swagger = run(tools.resolve("node_modules/.bin/swagger-cli").toString(), "validate", file.toString());
        assertThat(swagger).contains("is valid");
        String redocly = run(
                tools.resolve("node_modules/.bin/redocly").toString(),
                "lint",
                "--config",
                config.toString(),
                "--format",
                "summary",
                file.toString());
        assertThat(redocly).doesNotContain("error ");
    }

    /** Runs a validator; fails with its output unless it exits 0. */
    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    default void givenRunningServer_whenDocsOpened_thenSwaggerUiServed() {
        Resp page = api().get("/docs", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("SwaggerUIBundle", "/openapi");
        Resp bundle = api().get("/docs/swagger-ui-bundle.js", null);
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.body().length).isGreaterThan(100_000);
        // a traversal never reaches the class path: the HTTP layer refuses it (400) or no asset matches (404)
        assertThat(api().get("/docs/../../etc/passwd", null).status()).isIn(400, 404);
        assertThat(api().get("/docs/pom.properties", null).status()).isEqualTo(404);
    }

    @Test
    default void givenUnknownRouteOrMethod_whenCalled_thenJsonError() {
        Resp unknown = api().outsideContract().get("/api/v1/nothing-here/", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("detail")).isEqualTo("Not found.");
        var t = api().newTenant();
        Resp method = api().outsideContract()
                .send("PUT", "/api/v1/documents/", t.apiKey(), "application/json", "{}".getBytes());
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().getString("detail")).isEqualTo("Method \"PUT\" not allowed.");
    }

    @Test
    default void givenTenantKey_whenWadlAsked_thenNotFound_theApiDescriptionIsOpenApiOnly() {
        var t = api().newTenant();
        Resp wadl = api().outsideContract().get("/application.wadl", t.apiKey());
        assertThat(wadl.status()).as(wadl.toString()).isEqualTo(404);
        assertThat(wadl.json().getString("detail")).isEqualTo("Not found.");
    }
}
