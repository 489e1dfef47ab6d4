package dev.dossier.adapters.persistence;

import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;

/** Tenant ↔ row. */
final class TenantMapper {
    private TenantMapper() {}

    static TenantJpaEntity toRow(Tenant tenant) {
        return new TenantJpaEntity(tenant.id().value(), tenant.name(), Times.toColumn(tenant.createdAt()));
    }

    static Tenant toDomain(TenantJpaEntity row) {
        return new Tenant(new TenantId(row.id()), row.name(), Times.fromColumn(row.createdAt()));
    }
}
