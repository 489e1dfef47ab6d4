package dev.dossier.adapters.rest.console;

import dev.dossier.adapters.rest.auth.PublicEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Serves the reviewer console's static files from the WAR's {@code /console/} folder. The JAX-RS application owns
 * the whole root, so the servlet container's default servlet never sees these paths. Only the listed files are
 * served; the page itself calls the API with the key the reviewer signs in with.
 */
@Path("/console")
@ApplicationScoped
@PublicEndpoint
public class ConsoleResource {
    private static final String FOLDER = "/console/";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String SCRIPT = "text/javascript; charset=utf-8";

    private static final Map<String, String> ASSETS = Map.of(
            "index.html", HTML,
            "console.css", "text/css; charset=utf-8",
            "console.js", SCRIPT,
            "api.js", SCRIPT,
            "views.js", SCRIPT,
            "preview.js", SCRIPT,
            "favicon.svg", "image/svg+xml",
            "vendor/pdf.min.mjs", SCRIPT,
            "vendor/pdf.worker.min.mjs", SCRIPT);

    @Context
    ServletContext servletContext;

    @GET
    @Operation(hidden = true)
    public Response page() {
        return serve("index.html", noCache());
    }

    @GET
    @Path("{asset: .+}")
    @Operation(hidden = true)
    public Response asset(@PathParam("asset") String asset) {
        CacheControl cache = asset.startsWith("vendor/") ? maxAge(86400) : noCache();
        return serve(asset, cache);
    }

    private Response serve(String name, CacheControl cache) {
        String type = ASSETS.get(name);
        InputStream in = type == null ? null : servletContext.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new NotFoundException();
        }
        return Response.ok(in, type).cacheControl(cache).build();
    }

    /** The console's own files change with each release: the browser asks again each time. */
    private static CacheControl noCache() {
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        return cache;
    }

    private static CacheControl maxAge(int seconds) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(seconds);
        return cache;
    }
}
