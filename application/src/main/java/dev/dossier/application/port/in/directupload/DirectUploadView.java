package dev.dossier.application.port.in.directupload;

import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.directupload.UploadStatus;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.EntityId;
import java.time.Instant;

/** A document as the direct-upload surface shows it: its file, and where its upload is. */
public record DirectUploadView(
        DocumentId documentId,
        EntityId subjectRecordId,
        String fileName,
        String contentType,
        long size,
        UploadStatus status,
        String failureReason,
        String sha256,
        Instant createdAt,
        Instant updatedAt) {

    public static DirectUploadView of(DirectUpload u) {
        return new DirectUploadView(
                u.id(),
                u.subjectRecordId(),
                u.fileName().value(),
                u.contentType(),
                u.size(),
                u.status(),
                u.failureReason().orElse(null),
                u.sha256().orElse(null),
                u.createdAt(),
                u.updatedAt());
    }

    /** A document uploaded through another surface: complete by definition. */
    public static DirectUploadView of(Document d) {
        EntityId subject = d.owner() instanceof DocumentOwner.Entity e ? e.entityId() : null;
        return new DirectUploadView(
                d.id(),
                subject,
                d.file().name().value(),
                d.file().contentType(),
                d.file().size(),
                UploadStatus.COMPLETE,
                null,
                d.file().sha256(),
                d.createdAt(),
                d.updatedAt());
    }
}
