package dev.dossier.adapters.persistence;

import dev.dossier.domain.crypto.DataKeyId;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.document.Review;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.document.StoredFile;
import dev.dossier.domain.document.UserData;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import java.util.UUID;

/** Document ↔ row: the owner, the stored file and the review are flattened into columns. */
final class DocumentMapper {
    private DocumentMapper() {}

    static DocumentJpaEntity toRow(Document d) {
        StoredFile file = d.file();
        Review review = d.review();
        return new DocumentJpaEntity(
                d.id().value(),
                d.tenantId().value(),
                entityIdOf(d.owner()),
                file.name().value(),
                file.contentType(),
                file.size(),
                file.sha256(),
                file.storageKey().value(),
                d.documentType(),
                d.businessType(),
                d.classification(),
                d.uploadedBy(),
                Times.toColumn(d.createdAt()),
                Times.toColumn(d.updatedAt()),
                d.expiryDate().orElse(null),
                review.status(),
                Times.toColumn(review.decidedAt()),
                review.decidedBy(),
                review.rejectionReason(),
                d.userData().map(UserData::json).orElse(null),
                file.sealedWith().map(DataKeyId::value).orElse(null));
    }

    static Document toDomain(DocumentJpaEntity row) {
        DocumentOwner owner =
                row.entityId() == null ? DocumentOwner.library() : DocumentOwner.entity(new EntityId(row.entityId()));
        StoredFile file = new StoredFile(
                new FileName(row.fileName()),
                row.contentType(),
                row.sizeBytes(),
                row.sha256(),
                new StorageKey(row.storageKey()),
                row.dataKeyId() == null ? null : new DataKeyId(row.dataKeyId()));
        Review review = new Review(
                row.reviewStatus(), Times.fromColumn(row.decidedAt()), row.decidedBy(), row.rejectionReason());
        return Document.reconstitute(
                new DocumentId(row.id()),
                new TenantId(row.tenantId()),
                owner,
                file,
                row.documentType(),
                row.businessType(),
                row.classification(),
                row.uploadedBy(),
                Times.fromColumn(row.createdAt()),
                Times.fromColumn(row.updatedAt()),
                row.expiryDate(),
                row.userData() == null ? null : UserData.reconstitute(row.userData()),
                review);
    }

    /** The entity_id column of an owner: null for the tenant's library. */
    static UUID entityIdOf(DocumentOwner owner) {
        return owner instanceof DocumentOwner.Entity e ? e.entityId().value() : null;
    }
}
