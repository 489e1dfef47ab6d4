package dev.dossier.application.port.in.business;

import dev.dossier.application.port.in.document.DocumentRef;
import java.util.Objects;

/**
 * Input of {@link ReviewDocumentUseCase}: which document, the decision and (for a rejection) why; the reason arrives
 * raw.
 */
public record ReviewDocumentCommand(DocumentRef ref, Decision decision, String reason) {
    /** What the reviewer decided. */
    public enum Decision {
        VERIFY,
        REJECT
    }

    public ReviewDocumentCommand {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(decision, "decision");
    }
}
