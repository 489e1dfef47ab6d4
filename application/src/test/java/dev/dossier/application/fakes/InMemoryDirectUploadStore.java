package dev.dossier.application.fakes;

import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.PresignedUpload;
import dev.dossier.application.port.out.UploadPolicy;
import dev.dossier.domain.document.StorageKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fake of {@link DirectUploadStore} over an {@link InMemoryContentStore}; promotion can be made to fail. */
public final class InMemoryDirectUploadStore implements DirectUploadStore {
    private final InMemoryContentStore objects;
    private final List<UploadPolicy> policies = new ArrayList<>();
    private boolean failPresign;
    private boolean failPromoteAfterCopy;

    public InMemoryDirectUploadStore(InMemoryContentStore objects) {
        this.objects = objects;
    }

    public synchronized InMemoryDirectUploadStore failPresign(boolean fail) {
        this.failPresign = fail;
        return this;
    }

    /** The next promotions copy, then fail before removing the quarantined object (a crash midway). */
    public synchronized InMemoryDirectUploadStore failPromoteAfterCopy(boolean fail) {
        this.failPromoteAfterCopy = fail;
        return this;
    }

    @Override
    public synchronized PresignedUpload presign(UploadPolicy policy) {
        if (failPresign) {
            throw new ContentStoreException(InMemoryContentStore.INTERNAL_DETAIL);
        }
        policies.add(policy);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Content-Type", policy.contentType());
        fields.put("key", policy.key().value());
        return new PresignedUpload("https://storage.example/upload", fields);
    }

    /** The client's POST arriving. */
    public void arrive(StorageKey key, byte[] bytes) {
        objects.seed(key, bytes, "application/octet-stream");
    }

    @Override
    public boolean isQuarantined(StorageKey quarantineKey) {
        return objects.exists(quarantineKey);
    }

    @Override
    public synchronized void promote(StorageKey quarantineKey, StorageKey documentKey) {
        byte[] bytes = objects.bytesOf(quarantineKey);
        if (bytes == null) {
            return;
        }
        objects.seed(documentKey, bytes, "application/octet-stream");
        if (failPromoteAfterCopy) {
            throw new ContentStoreException("crashed after the copy");
        }
        objects.delete(quarantineKey);
    }

    @Override
    public void removeQuarantined(StorageKey quarantineKey) {
        objects.delete(quarantineKey);
    }

    public synchronized List<UploadPolicy> policies() {
        return List.copyOf(policies);
    }
}
