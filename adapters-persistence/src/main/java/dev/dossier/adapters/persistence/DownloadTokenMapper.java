package dev.dossier.adapters.persistence;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.token.DownloadToken;

/** Download token ↔ row. */
final class DownloadTokenMapper {
    private DownloadTokenMapper() {}

    static DownloadTokenJpaEntity toRow(DownloadToken t) {
        return new DownloadTokenJpaEntity(
                t.secretHash(),
                t.tenantId().value(),
                t.documentId().value(),
                Times.toColumn(t.issuedAt()),
                Times.toColumn(t.expiresAt()),
                Times.toColumn(t.redeemedAt()));
    }

    static DownloadToken toDomain(DownloadTokenJpaEntity row) {
        return new DownloadToken(
                row.secretHash(),
                new TenantId(row.tenantId()),
                new DocumentId(row.documentId()),
                Times.fromColumn(row.issuedAt()),
                Times.fromColumn(row.expiresAt()),
                Times.fromColumn(row.redeemedAt()));
    }
}
