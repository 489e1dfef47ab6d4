package dev.dossier.adapters.rest.directupload;

import dev.dossier.adapters.rest.errors.MalformedRequestException;
import dev.dossier.application.error.FieldErrors;
import dev.dossier.domain.shared.PrefixedIds;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A JSON object of this surface read by hand: unknown fields, wrong types, missing and malformed
 * ids all become field errors (named with their path, e.g. {@code fulfillments[0].document_id}),
 * collected so that one 400 names every problem.
 */
final class RpcBody {
    private final JsonObject object;
    private final String path;
    private final FieldErrors errors;

    private RpcBody(JsonObject object, String path, FieldErrors errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    static RpcBody parse(String body, Set<String> allowed) {
        if (body == null || body.isBlank()) {
            throw new MalformedRequestException("The request body must be a JSON object.");
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new MalformedRequestException("The request body is not valid JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw new MalformedRequestException("The request body is not valid JSON.");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedRequestException("The request body must be a JSON object.");
        }
        RpcBody parsed = new RpcBody(value.asJsonObject(), "", new FieldErrors());
        parsed.rejectUnknown(allowed);
        return parsed;
    }

    private void rejectUnknown(Set<String> allowed) {
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                errors.add(path + key, "Unknown field.");
            }
        }
    }

    private JsonValue value(String field) {
        JsonValue v = object.get(field);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }

    /** A string, or null when absent (with a "required" error if {@code required}). */
    String string(String field, boolean required) {
        JsonValue v = value(field);
        if (v == null) {
            if (required) {
                errors.add(path + field, "This field is required.");
            }
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(path + field, "Expected a string.");
        return null;
    }

    /** A required whole number. */
    Long integer(String field) {
        JsonValue v = value(field);
        if (v == null) {
            errors.add(path + field, "This field is required.");
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.bigIntegerValueExact().longValueExact();
            } catch (ArithmeticException tooLarge) {
                errors.add(path + field, "The number is too large.");
                return null;
            }
        }
        errors.add(path + field, "Expected a whole number.");
        return null;
    }

    /** A required id of the given prefix ({@code sr_…}) or a plain UUID. */
    UUID id(String field, String prefix) {
        String raw = string(field, true);
        if (raw == null) {
            return null;
        }
        try {
            return PrefixedIds.decode(prefix, raw);
        } catch (IllegalArgumentException e) {
            errors.add(
                    path + field, "Not a valid id: expected " + prefix + " followed by 22 base62 digits, or a UUID.");
            return null;
        }
    }

    /** An optional id: null when absent. */
    UUID optionalId(String field, String prefix) {
        return value(field) == null ? null : id(field, prefix);
    }

    /** A required list of objects, each read with the same errors under {@code field[i].}. */
    List<RpcBody> objects(String field, Set<String> allowed) {
        JsonValue v = value(field);
        if (v == null) {
            errors.add(path + field, "This field is required.");
            return List.of();
        }
        if (!(v instanceof JsonArray array)) {
            errors.add(path + field, "Expected a list of objects.");
            return List.of();
        }
        List<RpcBody> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            String at = path + field + "[" + i + "]";
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(at, "Expected an object.");
                continue;
            }
            RpcBody body = new RpcBody(item.asJsonObject(), at + ".", errors);
            body.rejectUnknown(allowed);
            items.add(body);
        }
        return items;
    }

    FieldErrors errors() {
        return errors;
    }
}
