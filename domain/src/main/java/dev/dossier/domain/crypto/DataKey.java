package dev.dossier.domain.crypto;

import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * The key that encrypts the documents of one owner: an entity, or a tenant's own library. Only its
 * wrapped form is ever stored. Destroying it (with the owner's rows) leaves every copy of the
 * owner's objects unreadable, backups included.
 */
public final class DataKey {
    private final DataKeyId id;
    private final TenantId tenantId;
    private final DocumentOwner owner;
    private final WrappedKey wrapped;
    private final Instant createdAt;

    private DataKey(DataKeyId id, TenantId tenantId, DocumentOwner owner, WrappedKey wrapped, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.wrapped = Objects.requireNonNull(wrapped, "wrapped");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new data key for {@code owner}, already wrapped. */
    public static DataKey create(
            DataKeyId id, TenantId tenantId, DocumentOwner owner, WrappedKey wrapped, Instant now) {
        return new DataKey(id, tenantId, owner, wrapped, now);
    }

    /** Reconstitutes a stored data key. */
    public static DataKey reconstitute(
            DataKeyId id, TenantId tenantId, DocumentOwner owner, WrappedKey wrapped, Instant createdAt) {
        return new DataKey(id, tenantId, owner, wrapped, createdAt);
    }

    /** The same key wrapped by another master key (rotation); the key itself does not change. */
    public DataKey rewrapped(WrappedKey newlyWrapped) {
        return new DataKey(id, tenantId, owner, newlyWrapped, createdAt);
    }

    /**
     * What the wrapped key is bound to: it opens only as the data key of this tenant's owner, so a
     * wrapped key copied into another row does not open there.
     */
    public byte[] wrappingContext() {
        return wrappingContext(id, tenantId);
    }

    public static byte[] wrappingContext(DataKeyId id, TenantId tenantId) {
        return ("dossier.data-key.v1:" + tenantId.value() + ":" + id.value()).getBytes(StandardCharsets.US_ASCII);
    }

    public DataKeyId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public DocumentOwner owner() {
        return owner;
    }

    public WrappedKey wrapped() {
        return wrapped;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
