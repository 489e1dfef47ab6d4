package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.dossier.bootstrap.it.ApiClient.Resp;
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
        assertThat(r.json()
                        .getJsonArray("checks")
                        .getJsonObject(0)
                        .getJsonObject("data")
                        .getString("use_cases"))
                .isEqualTo(String.valueOf(useCases));
    }

    @Test
    default void givenRunningServer_whenOpenApiFetched_thenEveryEndpointIsDescribed() {
        Resp r = api().send("GET", "/openapi", null, null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text())
                .contains(
                        "/api/v1/documents/upload/",
                        "/api/v1/documents/{documentId}/download/",
                        "/api/v1/entities/{entityId}/documents/upload/",
                        "/api/v1/files/{token}/",
                        "/api/admin/tenants",
                        "/api/admin/tenants/{tenantId}/api-keys",
                        "/api/v1/entities/{entityId}/",
                        "document_type_name",
                        "download_url");
        assertThat(r.text()).doesNotContain("documentTypeName");
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
        Resp unknown = api().get("/api/v1/nothing-here/", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("detail")).isEqualTo("Not found.");
        var t = api().newTenant();
        Resp method = api().send("PUT", "/api/v1/documents/", t.apiKey(), "application/json", "{}".getBytes());
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().getString("detail")).isEqualTo("Method \"PUT\" not allowed.");
    }

    @Test
    default void givenTenantKey_whenWadlAsked_thenNotFound_theApiDescriptionIsOpenApiOnly() {
        var t = api().newTenant();
        Resp wadl = api().get("/application.wadl", t.apiKey());
        assertThat(wadl.status()).as(wadl.toString()).isEqualTo(404);
        assertThat(wadl.json().getString("detail")).isEqualTo("Not found.");
    }
}
