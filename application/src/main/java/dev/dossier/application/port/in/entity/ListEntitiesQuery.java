package dev.dossier.application.port.in.entity;

import dev.dossier.application.port.in.auth.Caller;
import java.util.Objects;

/** Input of {@link ListEntitiesUseCase}. */
public record ListEntitiesQuery(Caller caller, int limit) {
    public ListEntitiesQuery {
        Objects.requireNonNull(caller, "caller");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
