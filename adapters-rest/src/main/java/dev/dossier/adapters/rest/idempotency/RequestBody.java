package dev.dossier.adapters.rest.idempotency;

import dev.dossier.adapters.rest.multipart.MultipartForm;
import dev.dossier.domain.shared.Sha256;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a request body means, as a digest for idempotency fingerprints: equal for two retries of the
 * same request even though their bytes differ (a new multipart boundary, JSON keys in another order or
 * spaced differently), different as soon as a field, a file name or one byte of the file differs.
 */
public record RequestBody(String digest) {
    public RequestBody {
        Objects.requireNonNull(digest, "digest");
    }

    /** No body. */
    public static RequestBody empty() {
        return new RequestBody("empty");
    }

    /**
     * A multipart form: its text fields by name, and the file part's name, size and SHA-256 (computed while spooling).
     */
    public static RequestBody form(MultipartForm form) {
        StringBuilder canonical = new StringBuilder("multipart");
        new TreeMap<>(form.fields()).forEach((name, value) -> append(canonical.append("\nfield "), name, value));
        form.file()
                .ifPresent(file -> append(
                        canonical.append("\nfile "),
                        String.valueOf(file.fileName()),
                        file.size() + " " + file.sha256()));
        return new RequestBody(Sha256.hexOf(canonical.toString()));
    }

    /**
     * A JSON body in canonical form: object keys sorted, no insignificant whitespace, numbers by value.
     * A body that is not JSON at all is taken byte for byte (it is refused the same way each time).
     */
    public static RequestBody json(String body) {
        if (body == null || body.isBlank()) {
            return empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            StringBuilder canonical = new StringBuilder("json ");
            write(reader.readValue(), canonical);
            return new RequestBody(Sha256.hexOf(canonical.toString()));
        } catch (JsonException e) {
            return new RequestBody(Sha256.hexOf("raw " + body));
        }
    }

    private static void append(StringBuilder out, String name, String value) {
        // lengths first, so that no two different forms give the same text
        out.append(name.getBytes(StandardCharsets.UTF_8).length)
                .append(':')
                .append(name)
                .append(value.getBytes(StandardCharsets.UTF_8).length)
                .append(':')
                .append(value);
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> e : new TreeMap<>(object).entrySet()) {
                    out.append(first ? "" : ",")
                            .append(Json.createValue(e.getKey()))
                            .append(':');
                    write(e.getValue(), out);
                    first = false;
                }
                out.append('}');
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                out.append('[');
                for (int i = 0; i < array.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(array.get(i), out);
                }
                out.append(']');
            }
            case STRING -> out.append(Json.createValue(((JsonString) value).getString()));
            case NUMBER ->
                out.append(((JsonNumber) value)
                        .bigDecimalValue()
                        .stripTrailingZeros()
                        .toPlainString());
            default -> out.append(value);
        }
    }
}
