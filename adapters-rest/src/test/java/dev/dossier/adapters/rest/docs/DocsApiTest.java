package dev.dossier.adapters.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Swagger UI page and its assets, served without credentials. */
class DocsApiTest {
    @RegisterExtension
    static final RestHarness api = new RestHarness();

    @Test
    void givenNoKey_whenDocsOpened_thenTheSwaggerUiPageOnOpenApi() {
        Resp page = api.get("/docs", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("SwaggerUIBundle", "url: \"/openapi\"", "/docs/swagger-ui-bundle.js");
    }

    @Test
    void givenAnAssetOfThePage_thenServedFromTheWebjarWithItsTypeAndCached() {
        Resp bundle = api.get("/docs/swagger-ui-bundle.js", null);
        Resp css = api.get("/docs/swagger-ui.css", null);

        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
        assertThat(bundle.header("Cache-Control")).contains("max-age=86400");
        assertThat(bundle.body().length).isGreaterThan(100_000);
        assertThat(css.header("Content-Type")).startsWith("text/css");
    }

    @Test
    void givenAnythingElseUnderDocs_then404AndNeverTheClassPath() {
        assertThat(api.get("/docs/pom.properties", null).toString()).isEqualTo("404 {\"detail\":\"Not found.\"}");
        assertThat(api.get("/docs/index.html", null).toString()).isEqualTo("404 {\"detail\":\"Not found.\"}");
        assertThat(api.get("/docs/../../etc/passwd", null).status()).isIn(400, 404);
    }
}
