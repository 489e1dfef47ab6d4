package dev.dossier.application.service.document;

import dev.dossier.application.port.in.document.DeleteDocumentUseCase;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.application.port.out.EventOutbox;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.hold.LegalHolds;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.event.DocumentEvents;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.Scope;

/**
 * Use case: delete a document. The row and its links go first, in one transaction, so a
 * failure never leaves a document whose bytes are gone; the bytes are removed after commit.
 */
public final class DeleteDocumentService implements DeleteDocumentUseCase {
    private static final System.Logger LOG = System.getLogger(DeleteDocumentService.class.getName());

    private final DocumentLookup lookup;
    private final DocumentRepository documents;
    private final AttachmentRepository attachments;
    private final DownloadTokenRepository tokens;
    private final DocumentContentStore store;
    private final DocumentAudit audit;
    private final LegalHolds holds;
    private final UnitOfWork tx;
    private final TimeSource time;
    private final EventOutbox events;

    public DeleteDocumentService(
            DocumentRepository documents,
            AttachmentRepository attachments,
            DownloadTokenRepository tokens,
            DocumentContentStore store,
            DocumentAudit audit,
            LegalHolds holds,
            UnitOfWork tx,
            TimeSource time,
            EventOutbox events) {
        this.lookup = new DocumentLookup(documents);
        this.documents = documents;
        this.attachments = attachments;
        this.tokens = tokens;
        this.store = store;
        this.audit = audit;
        this.holds = holds;
        this.tx = tx;
        this.time = time;
        this.events = events;
    }

    @Override
    public void delete(DocumentRef ref) {
        ref.caller().require(Scope.DOCUMENTS);
        Document deleted = tx.inTransaction(() -> {
            // locked first: an attach running now either commits before the check below sees it, or
            // waits and then finds the document gone
            Document document = lookup.lock(ref);
            holds.requireDocumentDeletable(document);
            document.requireDeletable(attachments.existsForDocument(document.tenantId(), document.id()));
            tokens.deleteForDocument(document.id());
            documents.delete(document.tenantId(), document.id());
            audit.record(document, AuditAction.DELETED, ref.caller());
            events.publish(DocumentEvents.of(EventType.DOCUMENT_DELETED, document, time.now()));
            return document;
        });
        try {
            store.delete(deleted.file().storageKey());
        } catch (ContentStoreException e) {
            // the document is gone for every client; the orphaned object is logged for removal
            LOG.log(
                    System.Logger.Level.ERROR,
                    "document " + deleted.id() + " deleted but its object "
                            + deleted.file().storageKey() + " could not be removed",
                    e);
        }
    }
}
