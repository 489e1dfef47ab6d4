package dev.dossier.adapters.rest.json;

import dev.dossier.adapters.rest.errors.MalformedRequestException;
import dev.dossier.application.error.FieldErrors;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A JSON request body read by hand, so that every malformed or mistyped input becomes a
 * clear 400: broken JSON on {@code detail}, wrong types and unknown fields on the field.
 */
public final class JsonBody {
    private final JsonObject object;
    private final FieldErrors errors = new FieldErrors();

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    /** Parses {@code body} as one JSON object whose keys are all in {@code allowedFields}. */
    public static JsonBody parse(String body, Set<String> allowedFields) {
        if (body == null || body.isBlank()) {
            throw new MalformedRequestException("JSON parse error - the request body is empty.");
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new MalformedRequestException("JSON parse error - " + e.getMessage());
        } catch (JsonException e) {
            throw new MalformedRequestException("JSON parse error - the body is not valid JSON.");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedRequestException("JSON parse error - expected a JSON object.");
        }
        JsonBody parsed = new JsonBody(value.asJsonObject());
        for (String key : parsed.object.keySet()) {
            if (!allowedFields.contains(key)) {
                parsed.errors.add(key, "Unknown field.");
            }
        }
        return parsed;
    }

    /** Whether the body names {@code field}, even as JSON null. */
    public boolean has(String field) {
        return object.containsKey(field);
    }

    /** A string field, or null when absent or JSON null; a non-string is a field error. */
    public String string(String field) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(field, "Not a valid string.");
        return null;
    }

    /** An integer given as a JSON number or a numeric string, as text (the use case parses it), or null. */
    public String integerText(String field) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof jakarta.json.JsonNumber n && n.isIntegral()) {
            return n.bigIntegerValue().toString();
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(field, "A valid integer is required.");
        return null;
    }

    /** A list of JSON objects, or null when absent; anything else is a field error. */
    public List<JsonObject> objectList(String field) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonArray array) || !array.stream().allMatch(i -> i instanceof JsonObject)) {
            errors.add(field, "Expected a list of objects.");
            return null;
        }
        return array.getValuesAs(JsonObject.class);
    }

    /** A list of strings, or null when absent; anything else is a field error. */
    public List<String> stringList(String field) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonArray array)) {
            errors.add(
                    field,
                    "Expected a list of items but got type \""
                            + v.getValueType().name().toLowerCase() + "\".");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : array) {
            if (item instanceof JsonString s) {
                out.add(s.getString());
            } else {
                errors.add(field, "Not a valid string.");
                return null;
            }
        }
        return out;
    }

    /** The errors found while reading; the caller adds its own and throws them all together. */
    public FieldErrors errors() {
        return errors;
    }
}
