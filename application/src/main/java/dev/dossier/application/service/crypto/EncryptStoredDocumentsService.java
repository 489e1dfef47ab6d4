package dev.dossier.application.service.crypto;

import dev.dossier.application.port.in.crypto.EncryptStoredDocumentsUseCase;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.StorageKey;
import java.io.InputStream;
import java.util.List;

/**
 * Use case: encrypt the objects stored in clear before encryption existed. Each is read, sealed
 * with its owner's data key under a new storage key, and the document switched to it by a
 * conditional update; only then is the clear object removed. Interrupted anywhere, the document
 * still reads (the old object until the switch, the new one after); two instances on one document
 * both do the work and one wins, the other removing its copy.
 */
public final class EncryptStoredDocumentsService implements EncryptStoredDocumentsUseCase {
    static final int BATCH = 20;
    private static final System.Logger LOG = System.getLogger(EncryptStoredDocumentsService.class.getName());

    private final DocumentRepository documents;
    private final DocumentContentStore store;
    private final DocumentSealing sealing;
    private final UnitOfWork tx;

    public EncryptStoredDocumentsService(
            DocumentRepository documents, DocumentContentStore store, DocumentSealing sealing, UnitOfWork tx) {
        this.documents = documents;
        this.store = store;
        this.sealing = sealing;
        this.tx = tx;
    }

    @Override
    public int encryptBatch() {
        List<Document> clear = tx.inTransaction(() -> documents.storedInClear(BATCH));
        int encrypted = 0;
        for (Document document : clear) {
            if (encrypt(document)) {
                encrypted++;
            }
        }
        return encrypted;
    }

    @Override
    public long remaining() {
        return tx.inTransaction(documents::countStoredInClear);
    }

    private boolean encrypt(Document document) {
        StorageKey old = document.file().storageKey();
        StorageKey fresh = StorageKey.generate(document.tenantId());
        try (DocumentSealing.Sealed sealed =
                sealing.seal(document.tenantId(), document.owner(), document.id(), stored(document))) {
            store.put(fresh, sealed.content(), document.file().contentType());
            Document moved = document.sealedAt(fresh, sealed.dataKeyId());
            if (!tx.inTransaction(() -> documents.replaceStoredFile(moved, old))) {
                // another instance encrypted it first, or it was deleted meanwhile
                store.delete(fresh);
                return false;
            }
        } catch (ContentStoreException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "could not encrypt the object of document " + document.id()
                            + "; it stays readable in clear and is tried again later",
                    e);
            deleteQuietly(fresh);
            return false;
        }
        deleteQuietly(old);
        return true;
    }

    /** The clear object as the sealing reads it: its size and hash as recorded at upload. */
    private StorableContent stored(Document document) {
        return new StorableContent() {
            @Override
            public long size() {
                return document.file().size();
            }

            @Override
            public String sha256() {
                return document.file().sha256();
            }

            @Override
            public InputStream open() {
                return store.open(document.file().storageKey());
            }
        };
    }

    private void deleteQuietly(StorageKey key) {
        try {
            store.delete(key);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove object " + key + "; left for the orphan sweep", e);
        }
    }
}
