package dev.dossier.application.service.crypto;

import dev.dossier.application.port.out.ContentCipher;
import dev.dossier.application.port.out.SealedContent;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.domain.crypto.DataKeyId;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.tenant.TenantId;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Encrypts documents for storage and decrypts them when they are read: with their owner's data
 * key, bound to their tenant and id, so that an object moved under another document's key fails
 * to decrypt like any other corruption.
 */
public final class DocumentSealing {
    private final DataKeys keys;
    private final ContentCipher cipher;

    public DocumentSealing(DataKeys keys, ContentCipher cipher) {
        this.keys = keys;
        this.cipher = cipher;
    }

    /** Ciphertext of a document's bytes, and the data key it was encrypted with. */
    public record Sealed(SealedContent content, DataKeyId dataKeyId) implements AutoCloseable {
        @Override
        public void close() {
            content.close();
        }
    }

    /** Encrypts the bytes of document {@code id} of {@code owner}; the caller stores and then closes them. */
    public Sealed seal(TenantId tenantId, DocumentOwner owner, DocumentId id, StorableContent plaintext) {
        DataKeys.OpenKey key = keys.forOwner(tenantId, owner);
        return new Sealed(cipher.seal(plaintext, key.material(), associatedData(tenantId, id)), key.id());
    }

    /** The plaintext of {@code document}'s stored bytes: decrypted, or as stored for an object in clear. */
    public InputStream open(Document document, InputStream stored) {
        DataKeyId dataKey = document.file().sealedWith().orElse(null);
        if (dataKey == null) {
            return stored;
        }
        DataKeys.OpenKey key = keys.byId(document.tenantId(), dataKey);
        return cipher.open(stored, key.material(), associatedData(document.tenantId(), document.id()));
    }

    /** What an object's ciphertext is bound to: its tenant and its document. */
    static byte[] associatedData(TenantId tenantId, DocumentId id) {
        return ("dossier.object.v1:" + tenantId.value() + ":" + id.value()).getBytes(StandardCharsets.US_ASCII);
    }
}
