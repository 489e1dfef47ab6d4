package dev.dossier.adapters.persistence;

import dev.dossier.domain.directupload.UploadStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA row of a direct upload, with the lease of the server instance working on it. */
@Entity
@Table(name = "direct_upload")
public class DirectUploadJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    UUID tenantId;

    @Column(name = "subject_record_id", nullable = false, updatable = false)
    UUID subjectRecordId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    long size;

    @Column(name = "quarantine_key", nullable = false, updatable = false, length = 512)
    String quarantineKey;

    @Column(name = "document_key", nullable = false, updatable = false, length = 512)
    String documentKey;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 254)
    String uploadedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    OffsetDateTime expiresAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    UploadStatus status;

    @Column(name = "sha256", length = 64)
    String sha256;

    @Column(name = "failure_reason", length = 2000)
    String failureReason;

    @Column(name = "quarantine_purged", nullable = false)
    boolean quarantinePurged;

    @Column(name = "lease_owner", length = 64)
    String leaseOwner;

    @Column(name = "lease_until")
    OffsetDateTime leaseUntil;

    protected DirectUploadJpaEntity() {}

    DirectUploadJpaEntity(UUID id) {
        this.id = id;
    }
}
