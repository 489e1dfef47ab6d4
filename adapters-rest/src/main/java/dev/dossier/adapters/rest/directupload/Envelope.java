package dev.dossier.adapters.rest.directupload;

import java.util.Map;

/** The surface's response envelope: {@code {"data": {"<name>": value}}}, as the reference's clients read it. */
final class Envelope {
    private Envelope() {}

    static Map<String, Object> of(String name, Object value) {
        return Map.of("data", Map.of(name, value));
    }
}
