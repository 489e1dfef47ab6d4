package dev.dossier.domain.tenant;

import dev.dossier.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a tenant: the organisation that owns documents, entities and keys. */
public record TenantId(UUID value) {
    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    public static TenantId generate() {
        return new TenantId(UUID.randomUUID());
    }

    public static TenantId parse(String value) {
        return new TenantId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
