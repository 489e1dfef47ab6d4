package dev.dossier.adapters.rest.docs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes /openapi describe the API as clients see it: the Library paths with the reference's
 * trailing slash (JAX-RS scanning drops it) and schema properties in snake_case (the JSON-B
 * naming the responses use; scanning reports the Java names).
 */
public class ReferenceShapeFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths != null && paths.getPathItems() != null) {
            Map<String, PathItem> items = new LinkedHashMap<>(paths.getPathItems());
            items.forEach((path, item) -> {
                if (path.startsWith("/api/v") && !path.endsWith("/")) {
                    paths.removePathItem(path);
                    paths.addPathItem(path + "/", item);
                }
            });
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ReferenceShapeFilter::snakeCaseProperties);
        }
    }

    private static void snakeCaseProperties(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        schema.getProperties().forEach((name, property) -> renamed.put(snakeCase(name), property));
        schema.setProperties(renamed);
    }

    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
