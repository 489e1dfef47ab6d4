package dev.dossier.domain.event;

import java.util.Map;

/**
 * The body every webhook delivery of an event carries, {@code {"id", "type", "created_at",
 * "data"}}, rendered once when the event is recorded so that every attempt sends (and signs) the
 * same bytes.
 */
public final class EventBody {
    private EventBody() {}

    public static String render(DomainEvent event) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"id\":");
        string(json, event.id().wire());
        json.append(",\"type\":");
        string(json, event.type().wireName());
        json.append(",\"created_at\":");
        string(json, event.createdAt().toString());
        json.append(",\"data\":{");
        boolean first = true;
        for (Map.Entry<String, String> entry : event.data().entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, entry.getKey());
            json.append(':');
            if (entry.getValue() == null) {
                json.append("null");
            } else {
                string(json, entry.getValue());
            }
        }
        return json.append("}}").toString();
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
