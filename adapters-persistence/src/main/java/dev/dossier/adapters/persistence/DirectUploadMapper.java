package dev.dossier.adapters.persistence;

import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;

/** Direct upload ↔ row (the lease columns belong to the repository). */
final class DirectUploadMapper {
    private DirectUploadMapper() {}

    static DirectUploadJpaEntity toNewRow(DirectUpload u) {
        DirectUploadJpaEntity row = new DirectUploadJpaEntity(u.id().value());
        row.tenantId = u.tenantId().value();
        row.subjectRecordId = u.subjectRecordId().value();
        row.fileName = u.fileName().value();
        row.size = u.size();
        row.quarantineKey = u.quarantineKey().value();
        row.documentKey = u.documentKey().value();
        row.uploadedBy = u.uploadedBy();
        row.createdAt = Times.toColumn(u.createdAt());
        row.expiresAt = Times.toColumn(u.expiresAt());
        row.updatedAt = Times.toColumn(u.updatedAt());
        row.status = u.status();
        row.sha256 = u.sha256().orElse(null);
        row.failureReason = u.failureReason().orElse(null);
        row.quarantinePurged = false;
        return row;
    }

    static DirectUpload toDomain(DirectUploadJpaEntity row) {
        return DirectUpload.reconstitute(
                new DocumentId(row.id),
                new TenantId(row.tenantId),
                new EntityId(row.subjectRecordId),
                new FileName(row.fileName),
                row.size,
                new StorageKey(row.quarantineKey),
                new StorageKey(row.documentKey),
                row.uploadedBy,
                Times.fromColumn(row.createdAt),
                Times.fromColumn(row.expiresAt),
                row.status,
                row.sha256,
                row.failureReason,
                Times.fromColumn(row.updatedAt));
    }
}
