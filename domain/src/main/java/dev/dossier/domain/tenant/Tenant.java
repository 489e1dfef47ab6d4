package dev.dossier.domain.tenant;

import dev.dossier.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/** An organisation using Dossier; every other object belongs to exactly one tenant. */
public record Tenant(TenantId id, String name, Instant createdAt) {
    public static final int MAX_NAME_LENGTH = 200;

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Tenant create(String name, Instant now) {
        return new Tenant(TenantId.generate(), Text.required("name", name, MAX_NAME_LENGTH), now);
    }
}
