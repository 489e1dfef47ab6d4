package dev.dossier.domain.document;

import dev.dossier.domain.crypto.DataKeyId;
import dev.dossier.domain.shared.Text;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Aggregate root: a stored identity or business document. It decides its own review
 * transitions, the status it reads as on a given day ({@code expired} is derived from the
 * expiry date, never stored) and whether it may be deleted given its references.
 */
public final class Document {
    public static final long MAX_SIZE_BYTES = 10L * 1024 * 1024;
    public static final int MAX_DOCUMENT_TYPE_LENGTH = 255;
    public static final int MAX_REASON_LENGTH = 2000;

    private final DocumentId id;
    private final TenantId tenantId;
    private final DocumentOwner owner;
    private final StoredFile file;
    private final String documentType;
    private final BusinessType businessType;
    private final Classification classification;
    private final String uploadedBy;
    private final Instant createdAt;
    private final LocalDate expiryDate;
    private final UserData userData;
    private Instant updatedAt;
    private Review review;

    private Document(
            DocumentId id,
            TenantId tenantId,
            DocumentOwner owner,
            StoredFile file,
            String documentType,
            BusinessType businessType,
            Classification classification,
            String uploadedBy,
            Instant createdAt,
            Instant updatedAt,
            LocalDate expiryDate,
            UserData userData,
            Review review) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.file = Objects.requireNonNull(file, "file");
        this.documentType = Objects.requireNonNull(documentType, "documentType");
        this.businessType = Objects.requireNonNull(businessType, "businessType");
        this.classification = Objects.requireNonNull(classification, "classification");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.expiryDate = expiryDate;
        this.userData = userData;
        this.review = Objects.requireNonNull(review, "review");
    }

    /** A freshly uploaded document: pending review, its business category derived from its label. */
    public static Document upload(
            DocumentId id,
            TenantId tenantId,
            DocumentOwner owner,
            StoredFile file,
            String documentType,
            Classification classification,
            String uploadedBy,
            LocalDate expiryDate,
            Instant now) {
        return upload(id, tenantId, owner, file, documentType, classification, uploadedBy, expiryDate, null, now);
    }

    /**
     * A freshly uploaded document with the business surface's user data (may be {@code null}); the
     * user data's {@code expiry_date}, when given, is the expiry date unless one is passed explicitly.
     */
    public static Document upload(
            DocumentId id,
            TenantId tenantId,
            DocumentOwner owner,
            StoredFile file,
            String documentType,
            Classification classification,
            String uploadedBy,
            LocalDate expiryDate,
            UserData userData,
            Instant now) {
        String label = validDocumentType(documentType);
        LocalDate expiry = expiryDate != null || userData == null
                ? expiryDate
                : userData.expiryDate().orElse(null);
        return new Document(
                id,
                tenantId,
                owner,
                file,
                label,
                BusinessType.fromLabel(label),
                classification == null ? Classification.defaultFor(owner) : classification,
                uploadedBy,
                now,
                now,
                expiry,
                userData,
                Review.pending());
    }

    /** Rebuilds a document from storage exactly as it was saved; applies no upload rules. */
    public static Document reconstitute(
            DocumentId id,
            TenantId tenantId,
            DocumentOwner owner,
            StoredFile file,
            String documentType,
            BusinessType businessType,
            Classification classification,
            String uploadedBy,
            Instant createdAt,
            Instant updatedAt,
            LocalDate expiryDate,
            Review review) {
        return reconstitute(
                id,
                tenantId,
                owner,
                file,
                documentType,
                businessType,
                classification,
                uploadedBy,
                createdAt,
                updatedAt,
                expiryDate,
                null,
                review);
    }

    /** Rebuilds a document with its user data from storage exactly as it was saved; applies no upload rules. */
    public static Document reconstitute(
            DocumentId id,
            TenantId tenantId,
            DocumentOwner owner,
            StoredFile file,
            String documentType,
            BusinessType businessType,
            Classification classification,
            String uploadedBy,
            Instant createdAt,
            Instant updatedAt,
            LocalDate expiryDate,
            UserData userData,
            Review review) {
        return new Document(
                id,
                tenantId,
                owner,
                file,
                documentType,
                businessType,
                classification,
                uploadedBy,
                createdAt,
                updatedAt,
                expiryDate,
                userData,
                review);
    }

    /**
     * The same document with its bytes moved, encrypted with {@code dataKey}, to {@code newKey}: what
     * the owner, the review and every other field say does not change.
     */
    public Document sealedAt(StorageKey newKey, DataKeyId dataKey) {
        return new Document(
                id,
                tenantId,
                owner,
                file.sealedAt(newKey, dataKey),
                documentType,
                businessType,
                classification,
                uploadedBy,
                createdAt,
                updatedAt,
                expiryDate,
                userData,
                review);
    }

    public static String validDocumentType(String documentType) {
        return Text.required("document_type", documentType, MAX_DOCUMENT_TYPE_LENGTH);
    }

    /** pending → verified; returns the change to record. */
    public ReviewEvent verify(String reviewer, Instant now) {
        requirePending(VerificationStatus.VERIFIED);
        review = new Review(VerificationStatus.VERIFIED, now, reviewer, null);
        updatedAt = now;
        return new ReviewEvent(
                UUID.randomUUID(),
                tenantId,
                id,
                VerificationStatus.PENDING,
                VerificationStatus.VERIFIED,
                reviewer,
                null,
                now);
    }

    /** pending → rejected, with a reason; returns the change to record. */
    public ReviewEvent reject(String reviewer, String reason, Instant now) {
        String why = Text.required("reason", reason, MAX_REASON_LENGTH);
        requirePending(VerificationStatus.REJECTED);
        review = new Review(VerificationStatus.REJECTED, now, reviewer, why);
        updatedAt = now;
        return new ReviewEvent(
                UUID.randomUUID(),
                tenantId,
                id,
                VerificationStatus.PENDING,
                VerificationStatus.REJECTED,
                reviewer,
                why,
                now);
    }

    private void requirePending(VerificationStatus target) {
        if (review.status() != VerificationStatus.PENDING) {
            throw new IllegalTransitionException(review.status(), target);
        }
    }

    /** The status as read on {@code today}: a verified document past its expiry date reads expired. */
    public VerificationStatus statusOn(LocalDate today) {
        if (review.status() == VerificationStatus.VERIFIED && expiryDate != null && expiryDate.isBefore(today)) {
            return VerificationStatus.EXPIRED;
        }
        return review.status();
    }

    /** Refuses deletion while any questionnaire response references this document. */
    public void requireDeletable(boolean referencedByResponses) {
        if (referencedByResponses) {
            throw new DocumentReferencedException();
        }
    }

    public boolean isConfidential() {
        return classification == Classification.CONFIDENTIAL;
    }

    public boolean isOwnedBy(DocumentOwner candidate) {
        return owner.equals(candidate);
    }

    public DocumentId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public DocumentOwner owner() {
        return owner;
    }

    public StoredFile file() {
        return file;
    }

    public String documentType() {
        return documentType;
    }

    public BusinessType businessType() {
        return businessType;
    }

    public Classification classification() {
        return classification;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<LocalDate> expiryDate() {
        return Optional.ofNullable(expiryDate);
    }

    /** The business surface's user data, when the document was uploaded with some. */
    public Optional<UserData> userData() {
        return Optional.ofNullable(userData);
    }

    public Review review() {
        return review;
    }
}
