package dev.dossier.adapters.rest.docs;

import dev.dossier.adapters.rest.observability.RequestIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Points the served description (the static {@code META-INF/openapi.yaml}) at the server clients reach:
 * {@code DOSSIER_PUBLIC_URL} when it is set, else the relative {@code /}, so that Swagger UI's "Try it out"
 * works from whatever host name the page was loaded from. It also drops the list of {@code endpoints} Payara
 * adds to the document's root, a property OpenAPI does not have (validators refuse the document for it).
 * And it describes the {@code X-Request-Id} header that every answer carries on every response of the
 * document, rather than repeating it in each of them in the static file.
 */
public class PublicServerFilter implements OASFilter {

    static final String REQUEST_ID_HEADER = "RequestId";

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        // a reference carries nothing beside it: the response it points to gets the header itself
        if (response.getRef() == null
                && (response.getHeaders() == null || !response.getHeaders().containsKey(RequestIds.HEADER))) {
            response.addHeader(RequestIds.HEADER, OASFactory.createHeader().ref(REQUEST_ID_HEADER));
        }
        return response;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Optional<String> publicUrl = ConfigProvider.getConfig().getOptionalValue("dossier.public-url", String.class);
        openAPI.setServers(List.of(server(publicUrl)));
        dropPayaraEndpoints(openAPI);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addHeader(
                        REQUEST_ID_HEADER,
                        OASFactory.createHeader()
                                .description("The request's id: the client's own X-Request-Id when it is 1 to 64"
                                        + " letters, digits, dots, underscores or hyphens, else a new one; it is in"
                                        + " the server's access log.")
                                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
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
