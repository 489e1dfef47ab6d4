package dev.dossier.adapters.persistence;

import dev.dossier.domain.document.BusinessType;
import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.VerificationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA row of a document: the aggregate flattened, its stored file and its review included. */
@Entity
@Table(name = "document")
public class DocumentJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    /** Null for the tenant's library. */
    @Column(name = "entity_id", updatable = false)
    private UUID entityId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 255)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 512)
    private String storageKey;

    @Column(name = "document_type", nullable = false, length = 255)
    private String documentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "business_type", nullable = false, length = 32)
    private BusinessType businessType;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification", nullable = false, length = 32)
    private Classification classification;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false, length = 16)
    private VerificationStatus reviewStatus;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "rejection_reason", length = 2000)
    private String rejectionReason;

    /** The business surface's user data as canonical JSON text; null when none was given. */
    @Column(name = "user_data", length = 16384)
    private String userData;

    @Column(name = "data_key_id")
    private UUID dataKeyId;

    protected DocumentJpaEntity() {}

    DocumentJpaEntity(
            UUID id,
            UUID tenantId,
            UUID entityId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String storageKey,
            String documentType,
            BusinessType businessType,
            Classification classification,
            String uploadedBy,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            LocalDate expiryDate,
            VerificationStatus reviewStatus,
            OffsetDateTime decidedAt,
            String decidedBy,
            String rejectionReason,
            String userData,
            UUID dataKeyId) {
        this.id = id;
        this.tenantId = tenantId;
        this.entityId = entityId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.documentType = documentType;
        this.businessType = businessType;
        this.classification = classification;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.expiryDate = expiryDate;
        this.reviewStatus = reviewStatus;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.rejectionReason = rejectionReason;
        this.userData = userData;
        this.dataKeyId = dataKeyId;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID entityId() {
        return entityId;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String sha256() {
        return sha256;
    }

    String storageKey() {
        return storageKey;
    }

    String documentType() {
        return documentType;
    }

    BusinessType businessType() {
        return businessType;
    }

    Classification classification() {
        return classification;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    OffsetDateTime updatedAt() {
        return updatedAt;
    }

    LocalDate expiryDate() {
        return expiryDate;
    }

    VerificationStatus reviewStatus() {
        return reviewStatus;
    }

    OffsetDateTime decidedAt() {
        return decidedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    String rejectionReason() {
        return rejectionReason;
    }

    String userData() {
        return userData;
    }

    UUID dataKeyId() {
        return dataKeyId;
    }
}
