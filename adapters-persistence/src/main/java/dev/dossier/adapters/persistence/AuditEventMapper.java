package dev.dossier.adapters.persistence;

import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.audit.ChainedAuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.TenantId;

/** Maps an audit event to its row and back. */
final class AuditEventMapper {
    private AuditEventMapper() {}

    static AuditEventJpaEntity toRow(ChainedAuditEvent chained) {
        AuditEvent e = chained.event();
        return new AuditEventJpaEntity(
                e.id(),
                e.tenantId().value(),
                e.documentId() == null ? null : e.documentId().value(),
                e.entityId() == null ? null : e.entityId().value(),
                e.action().name(),
                e.actorKeyId() == null ? null : e.actorKeyId().value(),
                e.actorEmail(),
                e.clientAddress(),
                e.detail(),
                Times.toColumn(e.occurredAt()),
                chained.sequence(),
                chained.hash());
    }

    static ChainedAuditEvent toChained(AuditEventJpaEntity row) {
        return new ChainedAuditEvent(toDomain(row), row.chainSeq(), row.chainHash());
    }

    static AuditEvent toDomain(AuditEventJpaEntity row) {
        return new AuditEvent(
                row.id(),
                new TenantId(row.tenantId()),
                row.documentId() == null ? null : new DocumentId(row.documentId()),
                row.entityId() == null ? null : new EntityId(row.entityId()),
                AuditAction.valueOf(row.action()),
                row.actorKeyId() == null ? null : new ApiKeyId(row.actorKeyId()),
                row.actorEmail(),
                row.clientAddress(),
                row.detail(),
                Times.fromColumn(row.occurredAt()));
    }
}
