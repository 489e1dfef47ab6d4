package dev.dossier.adapters.persistence;

import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.attachment.AttachmentId;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;

/** Attachment ↔ row. */
final class AttachmentMapper {
    private AttachmentMapper() {}

    static AttachmentJpaEntity toRow(Attachment a) {
        return new AttachmentJpaEntity(
                a.id().value(),
                a.tenantId().value(),
                a.responseId().value(),
                a.documentId().value(),
                a.fileQuestionId(),
                a.uploadedThroughResponse(),
                a.flagged(),
                a.submitted(),
                Times.toColumn(a.createdAt()));
    }

    static Attachment toDomain(AttachmentJpaEntity row) {
        return Attachment.reconstitute(
                new AttachmentId(row.id()),
                new TenantId(row.tenantId()),
                new ResponseId(row.responseId()),
                new DocumentId(row.documentId()),
                row.fileQuestionId(),
                row.uploadedThroughResponse(),
                row.flagged(),
                row.submitted(),
                Times.fromColumn(row.createdAt()));
    }
}
