package dev.dossier.bootstrap.it;

import dev.dossier.adapters.storage.crypto.LocalKeyWrapping;
import dev.dossier.adapters.storage.crypto.TinkContentCipher;
import dev.dossier.domain.crypto.DataKey;
import dev.dossier.domain.crypto.DataKeyId;
import dev.dossier.domain.crypto.WrappedKey;
import dev.dossier.domain.tenant.TenantId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A copy of a stored object taken behind Dossier's back (as a backup of the bucket would hold it),
 * opened the way an attacker holding the master key and a copy of the database could: with a data
 * key row unwrapped by the suite's master key and the object's associated data.
 */
record StoredCopy(String tenantId, String documentId, byte[] ciphertext) {
    /** A row of the data_key table. */
    record DataKeyRow(String id, String masterKeyId, String wrappedKey) {}

    /** The plaintext, if {@code key} opens the copy; an exception otherwise. */
    byte[] openWith(DataKeyRow key) throws IOException {
        byte[] master = Base64.getDecoder().decode(System.getenv("DOSSIER_MASTER_KEY"));
        byte[] material = new LocalKeyWrapping(master, List.of())
                .unwrap(
                        new WrappedKey(key.masterKeyId(), Base64.getDecoder().decode(key.wrappedKey())),
                        DataKey.wrappingContext(new DataKeyId(UUID.fromString(key.id())), TenantId.parse(tenantId)));
        byte[] associatedData =
                ("dossier.object.v1:" + tenantId + ":" + documentId).getBytes(StandardCharsets.US_ASCII);
        TinkContentCipher cipher = new TinkContentCipher(Path.of(System.getProperty("dossier.it.dir"), "copies"));
        try (InputStream plaintext = cipher.open(new ByteArrayInputStream(ciphertext), material, associatedData)) {
            return plaintext.readAllBytes();
        }
    }
}
