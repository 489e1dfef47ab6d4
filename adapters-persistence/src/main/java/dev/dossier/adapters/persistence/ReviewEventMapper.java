package dev.dossier.adapters.persistence;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.ReviewEvent;
import dev.dossier.domain.tenant.TenantId;

/** ReviewEvent ↔ row. */
final class ReviewEventMapper {
    private ReviewEventMapper() {}

    static ReviewEventJpaEntity toRow(ReviewEvent e) {
        return new ReviewEventJpaEntity(
                e.id(),
                e.tenantId().value(),
                e.documentId().value(),
                e.from(),
                e.to(),
                e.actor(),
                e.reason(),
                Times.toColumn(e.occurredAt()));
    }

    static ReviewEvent toDomain(ReviewEventJpaEntity row) {
        return new ReviewEvent(
                row.id(),
                new TenantId(row.tenantId()),
                new DocumentId(row.documentId()),
                row.fromStatus(),
                row.toStatus(),
                row.actor(),
                row.reason(),
                Times.fromColumn(row.occurredAt()));
    }
}
