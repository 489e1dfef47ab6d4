package dev.dossier.application.service.crypto;

import dev.dossier.application.port.in.crypto.RewrapDataKeysUseCase;
import dev.dossier.application.port.out.DataKeyRepository;
import dev.dossier.application.port.out.KeyWrapping;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.crypto.DataKey;
import java.util.List;

/**
 * Use case: re-wrap data keys made with an earlier master key. Only the wrapping changes (objects
 * are not rewritten), each key by a conditional update, so several instances can run it at once.
 */
public final class RewrapDataKeysService implements RewrapDataKeysUseCase {
    static final int BATCH = 100;
    private final DataKeyRepository keys;
    private final KeyWrapping wrapping;
    private final UnitOfWork tx;

    public RewrapDataKeysService(DataKeyRepository keys, KeyWrapping wrapping, UnitOfWork tx) {
        this.keys = keys;
        this.wrapping = wrapping;
        this.tx = tx;
    }

    @Override
    public int rewrapBatch() {
        List<DataKey> stale = tx.inTransaction(() -> keys.wrappedWithOtherThan(wrapping.currentMasterKeyId(), BATCH));
        int rewrapped = 0;
        for (DataKey key : stale) {
            byte[] material = wrapping.unwrap(key.wrapped(), key.wrappingContext());
            DataKey fresh = key.rewrapped(wrapping.wrap(material, key.wrappingContext()));
            if (tx.inTransaction(() -> keys.rewrap(fresh, key.wrapped()))) {
                rewrapped++;
            }
        }
        return rewrapped;
    }
}
