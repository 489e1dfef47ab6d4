package dev.dossier.adapters.rest.docs;

import dev.dossier.adapters.rest.auth.PublicEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves Swagger UI (from the swagger-ui webjar packaged in the WAR) on the OpenAPI document
 * the server publishes at {@code /openapi}. The JAX-RS application owns the whole root, so the
 * webjar's static files are served here rather than by the servlet container.
 */
@Path("/docs")
@ApplicationScoped
@PublicEndpoint
@Tag(name = "Documentation")
public class DocsResource {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css",
            "index.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript",
            "swagger-ui-standalone-preset.js", "text/javascript",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="UTF-8">
              <title>Dossier API</title>
              <link rel="stylesheet" href="/docs/swagger-ui.css">
              <link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/docs/swagger-ui-bundle.js"></script>
              <script src="/docs/swagger-ui-standalone-preset.js"></script>
              <script>
                window.ui = SwaggerUIBundle({
                  url: "/openapi",
                  dom_id: "#swagger-ui",
                  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                  layout: "StandaloneLayout"
                });
              </script>
            </body>
            </html>
            """;

    private final String version = webjarVersion();

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Swagger UI", description = "An interactive page on /openapi.")
    public String page() {
        return PAGE;
    }

    @GET
    @Path("{asset}")
    @Operation(hidden = true)
    public Response asset(@PathParam("asset") String asset) {
        String type = ASSETS.get(asset);
        if (type == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        InputStream in = getClass().getClassLoader().getResourceAsStream(WEBJAR + version + "/" + asset);
        if (in == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        return Response.ok(in, type).cacheControl(cache).build();
    }

    private static String webjarVersion() {
        try (InputStream in = DocsResource.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                return "missing";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "missing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
