package dev.dossier.domain.event;

import dev.dossier.domain.shared.PrefixedIds;
import java.util.Objects;
import java.util.UUID;

/** An event's id: a UUID, written {@code evt_} + base62 on the wire (the {@code webhook-id} header). */
public record EventId(UUID value) {
    public static final String PREFIX = "evt_";

    public EventId {
        Objects.requireNonNull(value, "value");
    }

    public static EventId generate() {
        return new EventId(UUID.randomUUID());
    }

    /** Parses {@code evt_…} or a plain UUID; anything else is an {@link IllegalArgumentException}. */
    public static EventId parse(String wire) {
        return new EventId(PrefixedIds.decode(PREFIX, wire));
    }

    public String wire() {
        return PrefixedIds.encode(PREFIX, value);
    }
}
