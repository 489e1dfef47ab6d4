package dev.dossier.application.service.business;

import dev.dossier.application.port.in.business.BusinessDocument;
import dev.dossier.application.port.in.business.ReviewDocumentCommand;
import dev.dossier.application.port.in.business.ReviewDocumentUseCase;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.EventOutbox;
import dev.dossier.application.port.out.ReviewEventRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.document.DocumentAudit;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.IllegalTransitionException;
import dev.dossier.domain.document.ReviewEvent;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.event.DocumentEvents;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.Scope;
import java.time.Instant;

/**
 * Use case: verify or reject a document. The document decides whether the step is allowed; the
 * decision is then written by a conditional update on the status it was taken from, so of two
 * concurrent reviews exactly one is written and recorded, and the other is refused (409). The
 * {@code document.verified} or {@code document.rejected} event is published with the decision.
 */
public final class ReviewDocumentService implements ReviewDocumentUseCase {
    private final BusinessDocumentLookup lookup;
    private final DocumentRepository documents;
    private final ReviewEventRepository events;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final DocumentAudit audit;
    private final EventOutbox outbox;

    public ReviewDocumentService(
            DocumentRepository documents,
            ReviewEventRepository events,
            TimeSource time,
            UnitOfWork tx,
            DocumentAudit audit,
            EventOutbox outbox) {
        this.lookup = new BusinessDocumentLookup(documents);
        this.documents = documents;
        this.events = events;
        this.time = time;
        this.tx = tx;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Override
    public BusinessDocument review(ReviewDocumentCommand c) {
        c.ref().caller().require(Scope.REVIEW);
        Instant now = time.now();
        String reviewer = c.ref().caller().email();
        Document reviewed = tx.inTransaction(() -> {
            Document document = lookup.find(c.ref());
            VerificationStatus before = document.review().status();
            ReviewEvent event = c.decision() == ReviewDocumentCommand.Decision.VERIFY
                    ? document.verify(reviewer, now)
                    : document.reject(reviewer, c.reason(), now);
            if (!documents.saveReview(document, before)) {
                throw IllegalTransitionException.lostToConcurrentReview(event.to());
            }
            events.append(event);
            audit.record(
                    document,
                    c.decision() == ReviewDocumentCommand.Decision.VERIFY ? AuditAction.VERIFIED : AuditAction.REJECTED,
                    c.ref().caller());
            outbox.publish(DocumentEvents.of(
                    c.decision() == ReviewDocumentCommand.Decision.VERIFY
                            ? EventType.DOCUMENT_VERIFIED
                            : EventType.DOCUMENT_REJECTED,
                    document,
                    now));
            return document;
        });
        return BusinessDocument.on(reviewed, time.today());
    }
}
