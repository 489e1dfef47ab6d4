package dev.dossier.application.port.out;

import dev.dossier.domain.crypto.DataKey;
import dev.dossier.domain.crypto.DataKeyId;
import dev.dossier.domain.crypto.WrappedKey;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Port: the wrapped data keys, one per tenant library and one per entity. */
public interface DataKeyRepository {
    Optional<DataKey> findForOwner(TenantId tenantId, DocumentOwner owner);

    Optional<DataKey> findById(TenantId tenantId, DataKeyId id);

    /**
     * Stores {@code key} unless its owner has one already, and returns the owner's key: this one, or
     * the one a concurrent writer stored first. Never fails because of that race.
     */
    DataKey saveIfAbsent(DataKey key);

    /** Up to {@code limit} keys wrapped by another master key than {@code masterKeyId}. */
    List<DataKey> wrappedWithOtherThan(String masterKeyId, int limit);

    /** One key per master key that wraps any key: what start-up tries to open. */
    List<DataKey> oneKeyPerMasterKey();

    /** Replaces the wrapped form of {@code key} if it is still {@code expected}; whether it did. */
    boolean rewrap(DataKey key, WrappedKey expected);
}
