package dev.dossier.application.service.crypto;

import dev.dossier.application.port.out.ContentCipher;
import dev.dossier.application.port.out.DataKeyRepository;
import dev.dossier.application.port.out.KeyUnavailableException;
import dev.dossier.application.port.out.KeyWrapping;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.crypto.DataKey;
import dev.dossier.domain.crypto.DataKeyId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data keys of document owners, in clear only in memory: created on first use (one per entity,
 * one per tenant library), unwrapped by the master key, and kept unwrapped for a few minutes so that
 * a busy owner's uploads and downloads do not unwrap on every request.
 */
public final class DataKeys {
    private static final Duration KEEP_UNWRAPPED = Duration.ofMinutes(5);
    private static final int MAX_UNWRAPPED = 10_000;

    private final DataKeyRepository keys;
    private final KeyWrapping wrapping;
    private final ContentCipher cipher;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final Map<DataKeyId, Unwrapped> unwrapped = new ConcurrentHashMap<>();

    public DataKeys(
            DataKeyRepository keys, KeyWrapping wrapping, ContentCipher cipher, TimeSource time, UnitOfWork tx) {
        this.keys = keys;
        this.wrapping = wrapping;
        this.cipher = cipher;
        this.time = time;
        this.tx = tx;
    }

    /** A data key in clear with its id. */
    public record OpenKey(DataKeyId id, byte[] material) {}

    /** The owner's data key, created (and committed) if it has none yet. */
    public OpenKey forOwner(TenantId tenantId, DocumentOwner owner) {
        DataKey key = tx.inTransaction(
                () -> keys.findForOwner(tenantId, owner).orElseGet(() -> keys.saveIfAbsent(newKey(tenantId, owner))));
        return new OpenKey(key.id(), material(key));
    }

    /**
     * The data key {@code id} of the tenant in clear.
     *
     * @throws KeyUnavailableException when there is no such key (destroyed) or it cannot be opened
     */
    public OpenKey byId(TenantId tenantId, DataKeyId id) {
        Unwrapped cached = unwrapped.get(id);
        Instant now = time.now();
        if (cached != null
                && cached.tenantId().equals(tenantId)
                && cached.until().isAfter(now)) {
            return new OpenKey(id, cached.material().clone());
        }
        DataKey key = tx.inTransaction(() -> keys.findById(tenantId, id))
                .orElseThrow(() -> new KeyUnavailableException("the data key " + id + " no longer exists"));
        return new OpenKey(id, material(key));
    }

    /** Forgets every key held in clear (a destroyed key must not outlive its rows here). */
    public void forget(DataKeyId id) {
        unwrapped.remove(id);
    }

    /** Forgets the owner's key held in clear: its row was destroyed (crypto-shredding). */
    public void forgetOwner(TenantId tenantId, DocumentOwner owner) {
        unwrapped
                .values()
                .removeIf(k -> k.tenantId().equals(tenantId) && k.owner().equals(owner));
    }

    private DataKey newKey(TenantId tenantId, DocumentOwner owner) {
        DataKeyId id = DataKeyId.generate();
        byte[] material = cipher.newDataKey();
        return DataKey.create(
                id, tenantId, owner, wrapping.wrap(material, DataKey.wrappingContext(id, tenantId)), time.now());
    }

    private byte[] material(DataKey key) {
        byte[] material = wrapping.unwrap(key.wrapped(), key.wrappingContext());
        if (unwrapped.size() >= MAX_UNWRAPPED) {
            unwrapped.clear();
        }
        unwrapped.put(
                key.id(),
                new Unwrapped(
                        key.tenantId(),
                        key.owner(),
                        material.clone(),
                        time.now().plus(KEEP_UNWRAPPED)));
        return material;
    }

    private record Unwrapped(TenantId tenantId, DocumentOwner owner, byte[] material, Instant until) {}
}
