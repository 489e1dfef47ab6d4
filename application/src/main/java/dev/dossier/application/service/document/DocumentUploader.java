package dev.dossier.application.service.document;

import dev.dossier.application.error.ApplicationException;
import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.StorageFailureException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.port.in.document.UploadContent;
import dev.dossier.application.port.in.document.UploadDocumentCommand;
import dev.dossier.application.port.out.ContentInspector;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.EventOutbox;
import dev.dossier.application.port.out.KeyUnavailableException;
import dev.dossier.application.port.out.OperationsMeter;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.crypto.DocumentSealing;
import dev.dossier.application.service.scanning.MalwareCheck;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.crypto.DataKeyId;
import dev.dossier.domain.document.BusinessType;
import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.ContentProblem;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.document.FileType;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.document.StoredFile;
import dev.dossier.domain.document.UserData;
import dev.dossier.domain.event.DocumentEvents;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.shared.DomainException;
import dev.dossier.domain.tenant.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Uploads a document for every use case that does: every field is checked first (type by
 * extension, by first bytes and by inspecting the content, size, label, classification, expiry),
 * then the bytes are stored under
 * a generated key, checked by the store against the SHA-256 computed as they arrived, then the row
 * is written in its own transaction. A storage failure leaves no row; a database failure removes
 * the stored object again.
 */
public final class DocumentUploader {
    static final String TOO_LARGE = "File size exceeds maximum allowed size of 10MB";
    static final String NOT_ALLOWED = "File type not allowed. Allowed types: " + FileType.allowedExtensions();
    private static final System.Logger LOG = System.getLogger(DocumentUploader.class.getName());

    private final DocumentRepository documents;
    private final EntityRepository entities;
    private final DocumentContentStore store;
    private final DocumentSealing sealing;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final MalwareCheck malware;
    private final ContentInspector inspector;
    private final DocumentAudit audit;
    private final EventOutbox events;
    private final OperationsMeter meter;

    public DocumentUploader(
            DocumentRepository documents,
            EntityRepository entities,
            DocumentContentStore store,
            DocumentSealing sealing,
            TimeSource time,
            UnitOfWork tx,
            MalwareCheck malware,
            ContentInspector inspector,
            DocumentAudit audit,
            EventOutbox events,
            OperationsMeter meter) {
        this.documents = documents;
        this.entities = entities;
        this.store = store;
        this.sealing = sealing;
        this.time = time;
        this.tx = tx;
        this.malware = malware;
        this.inspector = inspector;
        this.audit = audit;
        this.events = events;
        this.meter = meter;
    }

    /**
     * Uploads, then runs {@code alsoInTransaction} in the transaction that records the document,
     * so what the caller adds (an attachment, say) commits with it or not at all.
     */
    public Document upload(UploadDocumentCommand c, Consumer<Document> alsoInTransaction) {
        c.caller().require(Scope.DOCUMENTS);
        if (c.owner() instanceof DocumentOwner.Entity e
                && entities.findById(c.caller().tenantId(), e.entityId()).isEmpty()) {
            throw new NotFoundException("entity");
        }
        if (c.content() != null && c.content().size() > Document.MAX_SIZE_BYTES) {
            // the adapter stopped reading at the limit, so fields after the file never arrived:
            // the size is the only thing that can be said about this request
            throw ValidationException.of("file", TOO_LARGE);
        }
        FieldErrors errors = new FieldErrors();
        CheckedFile checked = checkFile(c, errors);
        String label = c.business() == null
                ? errors.capture(() -> Document.validDocumentType(c.documentType()))
                : parseBusinessType(c.business().type(), errors);
        UserData userData = c.business() == null || c.business().userData() == null
                ? null
                : errors.capture(() -> UserData.parse(c.business().userData()));
        Classification classification = parseClassification(c.classification(), errors);
        LocalDate expiry = parseExpiry(c.expiryDate(), errors);
        errors.throwIfAny();
        // scanned before anything of the file is stored: a hit, or no verdict at all, refuses it
        malware.requireClean(c.content(), c.caller(), c.owner());

        StorageKey key = StorageKey.generate(c.caller().tenantId());
        DocumentId id = DocumentId.generate();
        DataKeyId dataKey = storeBytes(key, id, c, checked.type());
        StoredFile file = new StoredFile(
                checked.name(),
                checked.type().contentType(),
                c.content().size(),
                c.content().sha256(),
                key,
                dataKey);
        Document document = Document.upload(
                id,
                c.caller().tenantId(),
                c.owner(),
                file,
                label,
                classification,
                c.caller().email(),
                expiry,
                userData,
                time.now());
        try {
            tx.inTransaction(() -> {
                documents.save(document);
                alsoInTransaction.accept(document);
                audit.record(document, AuditAction.UPLOADED, c.caller());
                events.publish(DocumentEvents.of(EventType.DOCUMENT_CREATED, document, document.createdAt()));
            });
        } catch (ApplicationException | DomainException e) {
            deleteQuietly(key);
            throw e;
        } catch (RuntimeException e) {
            deleteQuietly(key);
            throw new StorageFailureException("The document could not be recorded.", e);
        }
        meter.uploaded(file.size());
        return document;
    }

    private record CheckedFile(FileName name, FileType type) {}

    private CheckedFile checkFile(UploadDocumentCommand c, FieldErrors errors) {
        if (c.content() == null) {
            errors.add("file", "No file was submitted.");
            return null;
        }
        FileName name = errors.capture(() -> FileName.sanitize(c.fileName()));
        if (name == null) {
            return null;
        }
        FileType type = FileType.of(name).orElse(null);
        if (type == null) {
            errors.add("file", NOT_ALLOWED);
            return null;
        }
        if (c.content().size() == 0) {
            errors.add("file", "The submitted file is empty.");
            return null;
        }
        if (!type.matchesContent(head(c.content()))) {
            // content that does not match its extension is refused with the same error as a wrong extension
            errors.add("file", NOT_ALLOWED);
            return null;
        }
        Optional<ContentProblem> problem = inspect(type, c.content());
        if (problem.isPresent()) {
            errors.add("file", problem.get().message());
            return null;
        }
        return new CheckedFile(name, type);
    }

    private Optional<ContentProblem> inspect(FileType type, UploadContent content) {
        try {
            return inspector.inspect(type, content);
        } catch (ContentStoreException e) {
            throw new StorageFailureException("The received file could not be read back.", e);
        }
    }

    private static byte[] head(UploadContent content) {
        try (InputStream in = content.open()) {
            return in.readNBytes(FileType.SNIFF_LENGTH);
        } catch (IOException e) {
            throw new StorageFailureException("The received file could not be read back.", e);
        }
    }

    /** The business surface's {@code type}: one of the six wire names, stored as its Library label. */
    private static String parseBusinessType(String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            errors.add("type", "This field is required.");
            return null;
        }
        return BusinessType.fromWireName(raw.strip()).map(BusinessType::label).orElseGet(() -> {
            errors.add(
                    "type", "\"" + raw + "\" is not a valid choice. Allowed: " + BusinessType.allowedWireNames() + ".");
            return null;
        });
    }

    private static Classification parseClassification(String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Classification.fromWireName(raw.strip()).orElseGet(() -> {
            errors.add(
                    "classification",
                    "\"" + raw + "\" is not a valid choice. Allowed: " + Classification.allowedWireNames() + ".");
            return null;
        });
    }

    private static LocalDate parseExpiry(String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add("expiry_date", "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
            return null;
        }
    }

    /**
     * Encrypts the bytes with the owner's data key and stores the ciphertext: the cipher checks the
     * plaintext against the SHA-256 computed as it arrived, the store the ciphertext it writes.
     */
    private DataKeyId storeBytes(StorageKey key, DocumentId id, UploadDocumentCommand c, FileType type) {
        try (DocumentSealing.Sealed sealed = sealing.seal(c.caller().tenantId(), c.owner(), id, c.content())) {
            store.put(key, sealed.content(), type.contentType());
            return sealed.dataKeyId();
        } catch (ContentStoreException e) {
            deleteQuietly(key);
            throw new StorageFailureException("Failed to upload file to storage. Please try again later.", e);
        } catch (KeyUnavailableException e) {
            throw new StorageFailureException("The document's encryption key is unavailable.", e);
        }
    }

    private void deleteQuietly(StorageKey key) {
        try {
            store.delete(key);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove object " + key + " after a failed upload", e);
        }
    }
}
