package dev.dossier.application.port.in.business;

import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.domain.document.ReviewEvent;
import java.util.List;

/** Use case: a document's recorded review status changes, newest first. */
public interface ReviewHistoryUseCase {
    /** @throws dev.dossier.application.error.NotFoundException when the document is missing or not the business's */
    List<ReviewEvent> history(DocumentRef ref);
}
