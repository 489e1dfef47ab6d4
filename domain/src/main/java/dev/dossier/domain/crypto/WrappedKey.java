package dev.dossier.domain.crypto;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A data key as it may be stored: encrypted by a master key, which {@code masterKeyId} names (an
 * identifier derived from the key, never the key). Only the key-wrapping port can open it.
 */
public record WrappedKey(String masterKeyId, byte[] ciphertext) {
    public WrappedKey {
        Objects.requireNonNull(masterKeyId, "masterKeyId");
        if (masterKeyId.isBlank() || masterKeyId.length() > 64) {
            throw new IllegalArgumentException("masterKeyId must be 1 to 64 characters");
        }
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (ciphertext.length == 0) {
            throw new IllegalArgumentException("ciphertext must not be empty");
        }
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrappedKey w
                && masterKeyId.equals(w.masterKeyId)
                && Arrays.equals(ciphertext, w.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * masterKeyId.hashCode() + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "WrappedKey[" + masterKeyId + ", " + ciphertext.length + " bytes, "
                + HexFormat.of().formatHex(ciphertext, 0, Math.min(4, ciphertext.length)) + "…]";
    }
}
