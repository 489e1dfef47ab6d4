package dev.dossier.domain.workflow;

import java.util.Objects;
import java.util.UUID;

/** Identity of a fulfillment. */
public record FulfillmentId(UUID value) {
    public FulfillmentId {
        Objects.requireNonNull(value, "value");
    }

    public static FulfillmentId generate() {
        return new FulfillmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
