package dev.dossier.domain.directupload;

import dev.dossier.domain.document.ContentProblem;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.document.FileType;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.document.StoredFile;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregate root: a document announced by {@code document.create} whose bytes the client sends
 * straight to storage under a signed policy (exact size, content type, key, expiry). The bytes
 * wait under a quarantine key; once they are checked the upload becomes an ordinary entity
 * document with the same id (COMPLETE), or is refused with a reason (FAILED).
 */
public final class DirectUpload {
    /** The label of the document a direct upload becomes (the surface has no document type). */
    public static final String DOCUMENT_TYPE = "Document";

    public static final String NOT_ALLOWED = "File type not allowed. Allowed types: " + FileType.allowedExtensions();

    private final DocumentId id;
    private final TenantId tenantId;
    private final EntityId subjectRecordId;
    private final FileName fileName;
    private final FileType fileType;
    private final long size;
    private final StorageKey quarantineKey;
    private final StorageKey documentKey;
    private final String uploadedBy;
    private final Instant createdAt;
    private final Instant expiresAt;
    private UploadStatus status;
    private String sha256;
    private String failureReason;
    private Instant updatedAt;

    private DirectUpload(
            DocumentId id,
            TenantId tenantId,
            EntityId subjectRecordId,
            FileName fileName,
            FileType fileType,
            long size,
            StorageKey quarantineKey,
            StorageKey documentKey,
            String uploadedBy,
            Instant createdAt,
            Instant expiresAt,
            UploadStatus status,
            String sha256,
            String failureReason,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.subjectRecordId = Objects.requireNonNull(subjectRecordId, "subjectRecordId");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.fileType = Objects.requireNonNull(fileType, "fileType");
        this.size = size;
        this.quarantineKey = Objects.requireNonNull(quarantineKey, "quarantineKey");
        this.documentKey = Objects.requireNonNull(documentKey, "documentKey");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.status = Objects.requireNonNull(status, "status");
        this.sha256 = sha256;
        this.failureReason = failureReason;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new pending upload; the file name and size must already be valid ({@link #validFile}, {@link #validSize}). */
    public static DirectUpload create(
            TenantId tenantId,
            EntityId subjectRecordId,
            FileName fileName,
            long size,
            String uploadedBy,
            Instant now,
            Duration ttl) {
        FileType type = FileType.of(fileName).orElseThrow(() -> new InvalidValueException("file_name", NOT_ALLOWED));
        validSize(size);
        DocumentId id = DocumentId.generate();
        return new DirectUpload(
                id,
                tenantId,
                subjectRecordId,
                fileName,
                type,
                size,
                quarantineKeyOf(tenantId, id),
                StorageKey.generate(tenantId),
                uploadedBy,
                now,
                now.plus(ttl),
                UploadStatus.PENDING,
                null,
                null,
                now);
    }

    /** Rebuilds an upload from storage exactly as it was saved. */
    public static DirectUpload reconstitute(
            DocumentId id,
            TenantId tenantId,
            EntityId subjectRecordId,
            FileName fileName,
            long size,
            StorageKey quarantineKey,
            StorageKey documentKey,
            String uploadedBy,
            Instant createdAt,
            Instant expiresAt,
            UploadStatus status,
            String sha256,
            String failureReason,
            Instant updatedAt) {
        FileType type =
                FileType.of(fileName).orElseThrow(() -> new IllegalArgumentException("stored name " + fileName));
        return new DirectUpload(
                id,
                tenantId,
                subjectRecordId,
                fileName,
                type,
                size,
                quarantineKey,
                documentKey,
                uploadedBy,
                createdAt,
                expiresAt,
                status,
                sha256,
                failureReason,
                updatedAt);
    }

    /** A client's file name, sanitised, with an extension of the allow-list. */
    public static FileName validFile(String rawName) {
        if (rawName == null || rawName.isBlank()) {
            throw new InvalidValueException("file_name", "This field is required.");
        }
        FileName name;
        try {
            name = FileName.sanitize(rawName);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("file_name", e.getMessage());
        }
        if (FileType.of(name).isEmpty()) {
            throw new InvalidValueException("file_name", NOT_ALLOWED);
        }
        return name;
    }

    /** 1 byte to 10 MB (10,485,760 bytes). */
    public static long validSize(long size) {
        if (size <= 0) {
            throw new InvalidValueException("file_size_in_bytes", "Ensure this value is at least 1.");
        }
        if (size > Document.MAX_SIZE_BYTES) {
            throw new InvalidValueException("file_size_in_bytes", "File size exceeds maximum allowed size of 10MB");
        }
        return size;
    }

    /** Where the client's bytes land before they are checked: never a document's key. */
    public static StorageKey quarantineKeyOf(TenantId tenantId, DocumentId id) {
        return new StorageKey("quarantine/" + tenantId.value() + "/" + id.value());
    }

    /** Why bytes of {@code actualSize} starting with {@code head} may not become this document, if they may not. */
    public Optional<String> problemWith(long actualSize, byte[] head) {
        if (actualSize != size) {
            return Optional.of("The uploaded file has " + actualSize + " bytes, not the declared " + size + ".");
        }
        if (!fileType.matchesContent(head)) {
            return Optional.of(
                    "The uploaded file's content is not " + fileType.extension().toUpperCase() + ".");
        }
        return Optional.empty();
    }

    /** The failure reason a client reads for a problem found inside the bytes, past their first ones. */
    public String reasonFor(ContentProblem problem) {
        return problem == ContentProblem.NOT_OF_TYPE
                ? "The uploaded file's content is not " + fileType.extension().toUpperCase() + "."
                : problem.message();
    }

    /** pending → complete; the checked bytes' SHA-256 is kept. */
    public void complete(String checkedSha256, Instant now) {
        requirePending();
        this.sha256 = Objects.requireNonNull(checkedSha256, "checkedSha256");
        this.status = UploadStatus.COMPLETE;
        this.updatedAt = now;
    }

    /** pending → failed, with a reason the client may read. */
    public void fail(String reason, Instant now) {
        requirePending();
        this.failureReason = Objects.requireNonNull(reason, "reason");
        this.status = UploadStatus.FAILED;
        this.updatedAt = now;
    }

    private void requirePending() {
        if (status != UploadStatus.PENDING) {
            throw new IllegalStateException("upload " + id + " is already " + status);
        }
    }

    /** Whether the policy has run out at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return now.isAfter(expiresAt);
    }

    /** The entity document this upload becomes once its bytes, of this SHA-256, are checked. */
    public Document toDocument(String checkedSha256) {
        StoredFile file = new StoredFile(fileName, fileType.contentType(), size, checkedSha256, documentKey);
        return Document.upload(
                id,
                tenantId,
                DocumentOwner.entity(subjectRecordId),
                file,
                DOCUMENT_TYPE,
                null,
                uploadedBy,
                null,
                createdAt);
    }

    public DocumentId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public EntityId subjectRecordId() {
        return subjectRecordId;
    }

    public FileName fileName() {
        return fileName;
    }

    public FileType fileType() {
        return fileType;
    }

    public String contentType() {
        return fileType.contentType();
    }

    public long size() {
        return size;
    }

    public StorageKey quarantineKey() {
        return quarantineKey;
    }

    public StorageKey documentKey() {
        return documentKey;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public UploadStatus status() {
        return status;
    }

    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
