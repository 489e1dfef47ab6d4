package dev.dossier.application.service.crypto;

import dev.dossier.application.port.in.crypto.CheckMasterKeysUseCase;
import dev.dossier.application.port.out.DataKeyRepository;
import dev.dossier.application.port.out.KeyUnavailableException;
import dev.dossier.application.port.out.KeyWrapping;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.crypto.DataKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Use case: open one stored data key of every master key in use, so that a server started with a
 * wrong or missing master key refuses to start instead of failing every download.
 */
public final class CheckMasterKeysService implements CheckMasterKeysUseCase {
    private final DataKeyRepository keys;
    private final KeyWrapping wrapping;
    private final UnitOfWork tx;

    public CheckMasterKeysService(DataKeyRepository keys, KeyWrapping wrapping, UnitOfWork tx) {
        this.keys = keys;
        this.wrapping = wrapping;
        this.tx = tx;
    }

    @Override
    public void check() {
        List<String> failures = new ArrayList<>();
        for (DataKey key : tx.inTransaction(keys::oneKeyPerMasterKey)) {
            try {
                wrapping.unwrap(key.wrapped(), key.wrappingContext());
            } catch (KeyUnavailableException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new KeyUnavailableException("The stored data keys cannot be opened with the configured master keys: "
                    + String.join("; ", failures)
                    + ". Start with the master key they were made with in DOSSIER_MASTER_KEY (or, after a"
                    + " rotation, in DOSSIER_MASTER_KEY_PREVIOUS).");
        }
    }
}
