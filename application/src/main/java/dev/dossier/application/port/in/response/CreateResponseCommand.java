package dev.dossier.application.port.in.response;

import dev.dossier.application.port.in.auth.Caller;
import java.util.List;
import java.util.Objects;

/** Input of {@link CreateResponseUseCase}: raw values, all checked by the service. */
public record CreateResponseCommand(Caller caller, String entityId, List<FileQuestionInput> fileQuestions) {
    public CreateResponseCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
