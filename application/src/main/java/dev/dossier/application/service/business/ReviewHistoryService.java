package dev.dossier.application.service.business;

import dev.dossier.application.port.in.business.ReviewHistoryUseCase;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.ReviewEventRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.ReviewEvent;
import dev.dossier.domain.tenant.Scope;
import java.util.List;

/** Use case: a document's recorded review status changes, newest first. */
public final class ReviewHistoryService implements ReviewHistoryUseCase {
    private final BusinessDocumentLookup lookup;
    private final ReviewEventRepository events;
    private final UnitOfWork tx;

    public ReviewHistoryService(DocumentRepository documents, ReviewEventRepository events, UnitOfWork tx) {
        this.lookup = new BusinessDocumentLookup(documents);
        this.events = events;
        this.tx = tx;
    }

    @Override
    public List<ReviewEvent> history(DocumentRef ref) {
        ref.caller().require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            Document document = lookup.find(ref);
            return events.listForDocument(document.tenantId(), document.id());
        });
    }
}
