package dev.dossier.adapters.persistence;

import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** API key ↔ row; the scope set is flattened to a comma-separated list of names. */
final class ApiKeyMapper {
    private ApiKeyMapper() {}

    static ApiKeyJpaEntity toRow(ApiKey key) {
        String scopes = key.scopes().isEmpty()
                ? ""
                : EnumSet.copyOf(key.scopes()).stream().map(Scope::name).collect(Collectors.joining(","));
        return new ApiKeyJpaEntity(
                key.id().value(),
                key.tenantId().value(),
                key.email(),
                scopes,
                key.secretHash(),
                Times.toColumn(key.createdAt()),
                Times.toColumn(key.expiresAt()),
                Times.toColumn(key.revokedAt()),
                Times.toColumn(key.lastUsedAt()));
    }

    static ApiKey toDomain(ApiKeyJpaEntity row) {
        Set<Scope> scopes = row.scopes().isBlank()
                ? Set.of()
                : Arrays.stream(row.scopes().split(","))
                        .map(String::strip)
                        .map(Scope::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
        return new ApiKey(
                new ApiKeyId(row.id()),
                new TenantId(row.tenantId()),
                row.email(),
                scopes,
                row.secretHash(),
                Times.fromColumn(row.createdAt()),
                Times.fromColumn(row.expiresAt()),
                Times.fromColumn(row.revokedAt()),
                Times.fromColumn(row.lastUsedAt()));
    }
}
