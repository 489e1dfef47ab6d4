package dev.dossier.application.fakes;

import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.StoredObject;
import dev.dossier.domain.document.StorageKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fake of {@link DocumentContentStore}. Failures are switchable per operation; a failing
 * put consumes part of the stream first (as a real upload dies midway) and keeps nothing.
 */
public final class InMemoryContentStore implements DocumentContentStore {
    /** The internal detail a failure carries, which must never reach a client. */
    public static final String INTERNAL_DETAIL = "s3://internal-bucket/secret-path: connection reset by 10.0.0.7";

    private final Map<StorageKey, byte[]> objects = new LinkedHashMap<>();
    private final Map<StorageKey, String> contentTypes = new LinkedHashMap<>();
    private final Map<StorageKey, Instant> modified = new HashMap<>();
    private final List<StorageKey> deleted = new ArrayList<>();
    private boolean failPuts;
    private boolean failOpens;
    private boolean failDeletes;

    public synchronized InMemoryContentStore failPuts(boolean fail) {
        this.failPuts = fail;
        return this;
    }

    public synchronized InMemoryContentStore failOpens(boolean fail) {
        this.failOpens = fail;
        return this;
    }

    public synchronized InMemoryContentStore failDeletes(boolean fail) {
        this.failDeletes = fail;
        return this;
    }

    @Override
    public synchronized void put(StorageKey key, InputStream content, long size, String contentType) {
        try {
            if (failPuts) {
                content.readNBytes((int) Math.min(size / 2, 4096));
                throw new ContentStoreException(INTERNAL_DETAIL);
            }
            byte[] bytes = content.readAllBytes();
            if (bytes.length != size) {
                throw new ContentStoreException("expected " + size + " bytes, got " + bytes.length);
            }
            objects.put(key, bytes);
            contentTypes.put(key, contentType);
        } catch (IOException e) {
            throw new ContentStoreException("read failed", e);
        }
    }

    @Override
    public synchronized InputStream open(StorageKey key) {
        if (failOpens) {
            throw new ContentStoreException(INTERNAL_DETAIL);
        }
        byte[] bytes = objects.get(key);
        if (bytes == null) {
            throw new ContentStoreException("no object " + key);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public synchronized boolean exists(StorageKey key) {
        return objects.containsKey(key);
    }

    @Override
    public synchronized void delete(StorageKey key) {
        deleted.add(key);
        if (failDeletes) {
            throw new ContentStoreException(INTERNAL_DETAIL);
        }
        objects.remove(key);
        contentTypes.remove(key);
        modified.remove(key);
    }

    /** Objects put through the port count as written now; seeded ones when their seed says. */
    @Override
    public synchronized List<StoredObject> list(String afterKey, int limit) {
        return objects.keySet().stream()
                .filter(k -> afterKey == null || k.value().compareTo(afterKey) > 0)
                .sorted(Comparator.comparing(StorageKey::value))
                .limit(limit)
                .map(k -> new StoredObject(k, modified.getOrDefault(k, Instant.now())))
                .toList();
    }

    /** Seeds an object last written at {@code lastModified}, as if an earlier upload had stored it then. */
    public synchronized void seed(StorageKey key, byte[] bytes, Instant lastModified) {
        seed(key, bytes, "application/octet-stream");
        modified.put(key, lastModified);
    }

    @Override
    public void checkReachable() {}

    /** Seeds an object directly, as if an earlier upload had stored it. */
    public synchronized void seed(StorageKey key, byte[] bytes, String contentType) {
        objects.put(key, bytes.clone());
        contentTypes.put(key, contentType);
    }

    public synchronized byte[] bytesOf(StorageKey key) {
        byte[] b = objects.get(key);
        return b == null ? null : b.clone();
    }

    public synchronized String contentTypeOf(StorageKey key) {
        return contentTypes.get(key);
    }

    public synchronized Map<StorageKey, byte[]> objects() {
        return new LinkedHashMap<>(objects);
    }

    /** Every key a delete was attempted for, failed or not. */
    public synchronized List<StorageKey> deleteCalls() {
        return new ArrayList<>(deleted);
    }
}
