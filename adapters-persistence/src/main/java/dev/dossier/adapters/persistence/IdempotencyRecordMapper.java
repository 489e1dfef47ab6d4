package dev.dossier.adapters.persistence;

import dev.dossier.domain.idempotency.IdempotencyKey;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.idempotency.RecordedResponse;
import dev.dossier.domain.idempotency.RequestFingerprint;
import dev.dossier.domain.tenant.TenantId;

/** Idempotency record ↔ row. */
final class IdempotencyRecordMapper {
    private IdempotencyRecordMapper() {}

    static IdempotencyRecordJpaEntity toRow(IdempotencyRecord r) {
        RecordedResponse response = r.response();
        return new IdempotencyRecordJpaEntity(
                r.tenantId().value(),
                r.key().value(),
                r.claimId(),
                r.fingerprint().value(),
                Times.toColumn(r.createdAt()),
                Times.toColumn(r.completedAt()),
                response == null ? null : response.status(),
                response == null ? null : response.body());
    }

    static IdempotencyRecord toDomain(IdempotencyRecordJpaEntity row) {
        RecordedResponse response =
                row.responseStatus() == null ? null : new RecordedResponse(row.responseStatus(), row.responseBody());
        return new IdempotencyRecord(
                new TenantId(row.tenantId()),
                new IdempotencyKey(row.idempotencyKey()),
                new RequestFingerprint(row.fingerprint()),
                row.claimId(),
                Times.fromColumn(row.createdAt()),
                Times.fromColumn(row.completedAt()),
                response);
    }
}
