package dev.dossier.adapters.rest.docs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Points the served description (the static {@code META-INF/openapi.yaml}) at the server clients reach:
 * {@code DOSSIER_PUBLIC_URL} when it is set, else the relative {@code /}, so that Swagger UI's "Try it out"
 * works from whatever host name the page was loaded from. It also drops the list of {@code endpoints} Payara
 * adds to the document's root, a property OpenAPI does not have (validators refuse the document for it).
 */
public class PublicServerFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Optional<String> publicUrl = ConfigProvider.getConfig().getOptionalValue("dossier.public-url", String.class);
        openAPI.setServers(List.of(server(publicUrl)));
        dropPayaraEndpoints(openAPI);
    }

    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new HashMap<>());
        } catch (NoSuchMethodException e) {
            // another implementation: no such property to drop (Payara's is empty, so not written)
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot drop the endpoints property of the OpenAPI document", e);
        }
    }

    static org.eclipse.microprofile.openapi.models.servers.Server server(Optional<String> publicUrl) {
        return publicUrl
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(url -> OASFactory.createServer()
                        .url(url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                        .description("DOSSIER_PUBLIC_URL"))
                .orElseGet(
                        () -> OASFactory.createServer().url("/").description("The host this document was read from."));
    }
}
