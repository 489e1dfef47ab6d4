package dev.dossier.application.port.in.entity;

import dev.dossier.application.port.in.auth.Caller;
import java.util.Objects;

/** Input of {@link CreateEntityUseCase}: raw values, checked by the service so that every field error is reported. */
public record CreateEntityCommand(Caller caller, String name, String entityType) {
    public CreateEntityCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
