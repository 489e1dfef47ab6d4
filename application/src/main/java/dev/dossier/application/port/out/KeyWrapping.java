package dev.dossier.application.port.out;

import dev.dossier.domain.crypto.WrappedKey;

/**
 * Port: encrypts data keys with a master key (envelope encryption). The local adapter holds the
 * master keys itself; a KMS or Vault adapter can take its place.
 */
public interface KeyWrapping {
    /** {@code key} encrypted by the current master key, bound to {@code context}. */
    WrappedKey wrap(byte[] key, byte[] context);

    /**
     * The data key in clear.
     *
     * @throws KeyUnavailableException when the master key it names is not configured, or the
     *     wrapped key does not open with it and {@code context}
     */
    byte[] unwrap(WrappedKey wrapped, byte[] context);

    /** The id of the master key new data keys are wrapped with. */
    String currentMasterKeyId();
}
