package dev.dossier.application.service.response;

import dev.dossier.application.port.in.response.AttachmentRef;
import dev.dossier.application.port.in.response.DeleteResponseDocumentUseCase;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.application.port.out.EventOutbox;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.document.DocumentAudit;
import dev.dossier.application.service.hold.LegalHolds;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.event.DocumentEvents;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.Scope;
import java.util.Optional;

/**
 * Use case: remove an attachment. When it was the last reference to a document uploaded
 * through a response, the document, its links and (after commit) its bytes go too, reported as
 * {@code document.deleted}.
 */
public final class DeleteResponseDocumentService implements DeleteResponseDocumentUseCase {
    private static final System.Logger LOG = System.getLogger(DeleteResponseDocumentService.class.getName());
    private final ResponseLookup lookup;
    private final AttachmentRepository attachments;
    private final DocumentRepository documents;
    private final DownloadTokenRepository tokens;
    private final DocumentContentStore store;
    private final DocumentAudit audit;
    private final LegalHolds holds;
    private final UnitOfWork tx;
    private final EventOutbox outbox;
    private final TimeSource time;

    public DeleteResponseDocumentService(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            DocumentRepository documents,
            DownloadTokenRepository tokens,
            DocumentContentStore store,
            DocumentAudit audit,
            LegalHolds holds,
            UnitOfWork tx,
            EventOutbox outbox,
            TimeSource time) {
        this.lookup = new ResponseLookup(responses, attachments, documents);
        this.attachments = attachments;
        this.documents = documents;
        this.tokens = tokens;
        this.store = store;
        this.audit = audit;
        this.holds = holds;
        this.tx = tx;
        this.outbox = outbox;
        this.time = time;
    }

    @Override
    public void delete(AttachmentRef ref) {
        ref.caller().require(Scope.DOCUMENTS);
        Optional<Document> removed = tx.inTransaction(() -> {
            lookup.response(ref.caller(), ref.responseId());
            Attachment attachment = lookup.lockedAttachment(ref);
            Document document = lookup.document(attachment);
            long others = attachments.countForDocument(document.tenantId(), document.id()) - 1;
            if (!attachment.removalDeletesDocument(others)) {
                attachments.delete(attachment.tenantId(), attachment.id());
                return Optional.<Document>empty();
            }
            holds.requireDocumentDeletable(document);
            attachments.delete(attachment.tenantId(), attachment.id());
            tokens.deleteForDocument(document.id());
            documents.delete(document.tenantId(), document.id());
            audit.record(document, AuditAction.DELETED, ref.caller());
            outbox.publish(DocumentEvents.of(EventType.DOCUMENT_DELETED, document, time.now()));
            return Optional.of(document);
        });
        removed.ifPresent(document -> {
            try {
                store.delete(document.file().storageKey());
            } catch (ContentStoreException e) {
                LOG.log(
                        System.Logger.Level.ERROR,
                        "document " + document.id() + " deleted but its object "
                                + document.file().storageKey() + " could not be removed",
                        e);
            }
        });
    }
}
