package dev.dossier.application.port.in.crypto;

/** Use case (background): after a master key rotation, re-wrap data keys with the current master key. */
public interface RewrapDataKeysUseCase {
    /** Re-wraps one batch; returns how many keys it re-wrapped (0 when none is left). */
    int rewrapBatch();
}
