package dev.dossier.bootstrap;

import dev.dossier.adapters.storage.crypto.LocalKeyWrapping;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The master keys from the settings: {@code DOSSIER_MASTER_KEY} (or, when unset, the key generated
 * once into the data directory) and {@code DOSSIER_MASTER_KEY_PREVIOUS} (comma-separated, after a
 * rotation). A malformed key stops the start with a message that never contains the key.
 */
final class MasterKeys {
    private MasterKeys() {}

    static LocalKeyWrapping from(DossierSettings settings) {
        byte[] current = settings.masterKey()
                .map(value -> decode(value, "DOSSIER_MASTER_KEY"))
                .orElseGet(() -> decode(
                        KeptSecret.masterKey(settings.dataDir()).readOrCreate(MasterKeys::generate),
                        "the master key file " + settings.dataDir().resolve(KeptSecret.MASTER_KEY)));
        List<byte[]> previous = new ArrayList<>();
        Optional<String> listed = settings.masterKeyPrevious();
        if (listed.isPresent()) {
            String[] values = listed.get().split(",");
            for (int i = 0; i < values.length; i++) {
                if (!values[i].isBlank()) {
                    previous.add(decode(values[i], "entry " + (i + 1) + " of DOSSIER_MASTER_KEY_PREVIOUS"));
                }
            }
        }
        return new LocalKeyWrapping(current, previous);
    }

    private static byte[] decode(String value, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not base64: a master key is the base64 of "
                    + LocalKeyWrapping.KEY_BYTES + " random bytes (openssl rand -base64 32)");
        }
        if (key.length != LocalKeyWrapping.KEY_BYTES) {
            throw new IllegalStateException(where + " holds " + key.length + " bytes: a master key is the base64 of "
                    + LocalKeyWrapping.KEY_BYTES + " random bytes (openssl rand -base64 32)");
        }
        return key;
    }

    private static String generate() {
        byte[] key = new byte[LocalKeyWrapping.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
