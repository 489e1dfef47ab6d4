package dev.dossier.application.port.in.entity;

import dev.dossier.application.paging.Paging;
import dev.dossier.application.port.in.auth.Caller;
import java.util.Objects;

/** Input of {@link ListEntitiesUseCase}: the newest {@code limit} (Library v1) or one cursor page (v2). */
public record ListEntitiesQuery(Caller caller, Paging paging) {
    public ListEntitiesQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(paging, "paging");
    }

    /** The newest {@code limit} entities. */
    public ListEntitiesQuery(Caller caller, int limit) {
        this(caller, Paging.newest(limit));
    }
}
