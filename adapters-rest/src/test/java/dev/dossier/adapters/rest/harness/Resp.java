package dev.dossier.adapters.rest.harness;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A response as the client received it, the body kept as bytes. */
public record Resp(int status, Map<String, List<String>> headers, byte[] body) {
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonValue jsonValue() {
        return Json.createReader(new StringReader(text())).readValue();
    }

    public JsonObject json() {
        return jsonValue().asJsonObject();
    }

    public JsonArray jsonArray() {
        return jsonValue().asJsonArray();
    }

    /** The first value of a header, by case-insensitive name, or null. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .findFirst()
                .map(e -> e.getValue().get(0))
                .orElse(null);
    }

    /** {@code r}, when its status is {@code expected}; else an assertion error showing the body. */
    public static Resp check(Resp r, int expected) {
        if (r.status() != expected) {
            throw new AssertionError("expected HTTP " + expected + " but got " + r);
        }
        return r;
    }

    @Override
    public String toString() {
        return status + " " + text();
    }
}
