package dev.dossier.adapters.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** The OpenAPI filter, on a model built without the server's OpenAPI implementation. */
class ReferenceShapeFilterTest {

    @Test
    void givenJavaNames_thenSnakeCase() {
        assertThat(ReferenceShapeFilter.snakeCase("documentTypeName")).isEqualTo("document_type_name");
        assertThat(ReferenceShapeFilter.snakeCase("id")).isEqualTo("id");
        assertThat(ReferenceShapeFilter.snakeCase("hasMore")).isEqualTo("has_more");
    }

    @Test
    void givenScannedModel_thenLibraryPathsGetTheirTrailingSlashAndSchemasSnakeCaseProperties() {
        PathItem item = model(PathItem.class);
        Map<String, PathItem> items = new LinkedHashMap<>();
        items.put("/api/v1/documents/{documentId}", item);
        items.put("/api/v2/entities/", item);
        items.put("/api/admin/tenants", item);
        items.put("/v1/businesses/{businessId}/documents", item);
        items.put("/document.create", item);
        Schema schema = model(Schema.class);
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("documentTypeName", model(Schema.class));
        properties.put("id", model(Schema.class));
        schema.setProperties(properties);
        Components components = model(Components.class);
        components.setSchemas(new LinkedHashMap<>(Map.of("DocumentJson", schema, "Empty", model(Schema.class))));
        Paths paths = model(Paths.class);
        paths.setPathItems(items);
        OpenAPI openApi = model(OpenAPI.class);
        openApi.setPaths(paths);
        openApi.setComponents(components);

        new ReferenceShapeFilter().filterOpenAPI(openApi);

        assertThat(paths.getPathItems().keySet())
                .containsExactlyInAnyOrder(
                        "/api/v1/documents/{documentId}/",
                        "/api/v2/entities/",
                        "/api/admin/tenants",
                        "/v1/businesses/{businessId}/documents",
                        "/document.create");
        assertThat(schema.getProperties().keySet()).containsExactly("document_type_name", "id");
    }

    /** A model object keeping its properties in a map, with the few collection methods the filter calls. */
    @SuppressWarnings("unchecked")
    private static <T> T model(Class<T> type) {
        Map<String, Object> state = new HashMap<>();
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String name = method.getName();
            switch (name) {
                case "addPathItem" -> {
                    ((Map<String, Object>) state.get("pathItems")).put((String) args[0], args[1]);
                    return proxy;
                }
                case "removePathItem" -> {
                    ((Map<String, Object>) state.get("pathItems")).remove((String) args[0]);
                    return null;
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                default -> {
                    if (name.startsWith("get") && (args == null || args.length == 0)) {
                        return state.get(property(name));
                    }
                    if (name.startsWith("set") && args != null && args.length == 1) {
                        state.put(property(name), args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(name);
                }
            }
        });
    }

    private static String property(String accessor) {
        return Character.toLowerCase(accessor.charAt(3)) + accessor.substring(4);
    }
}
