package dev.dossier.adapters.storage;

import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.PresignedUpload;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.application.port.out.StoredObject;
import dev.dossier.application.port.out.UploadPolicy;
import dev.dossier.domain.document.StorageKey;
import io.minio.CopyObjectArgs;
import io.minio.GetObjectArgs;
import io.minio.PostPolicy;
import io.minio.SourceObject;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Storage adapter: document bytes as objects in one bucket of an S3-compatible store, through
 * the MinIO Java client.
 *
 * <p>Memory: the MinIO client cannot stream an {@code InputStream} of known size; it reads each
 * part (the whole object when it fits one part, at least 5 MiB otherwise) into a heap buffer to
 * checksum it before sending. This store therefore uploads from a file, in one PUT that MinIO
 * streams from disk (64 KiB of heap per upload): the file the content is already in when there
 * is one (the REST layer's spool), else a private temporary copy, which also checks the exact
 * size before any byte goes over the network.
 *
 * <p>Integrity: every PUT declares the SHA-256 of the content (the hash taken when the bytes
 * first arrived, or while spooling content that came without one), and S3 stores the object only
 * if the bytes it receives have it. A spool file changed after its bytes were hashed is refused
 * by S3, however late the change; Dossier never reads the file just to hash it again.
 *
 * <p>Objects are written once: the PUT carries {@code If-None-Match: *}, and an upload id in the
 * object's metadata lets a failed or retried PUT tell its own object from someone else's.
 */
public final class S3DocumentContentStore implements DocumentContentStore, DirectUploadStore, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(S3DocumentContentStore.class.getName());

    private final S3Bucket bucket;
    private final S3ObjectWriter writer;

    /** Spools uploads under {@code java.io.tmpdir}. */
    public S3DocumentContentStore(S3Settings settings) {
        this(settings, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Connects to the store and creates the bucket if it is missing. When the store cannot be
     * reached now, the bucket is created on first use and {@link #checkReachable()} reports the
     * failure, so that an application can start before its object store.
     */
    public S3DocumentContentStore(S3Settings settings, Path spoolDirectory) {
        Objects.requireNonNull(settings, "settings");
        Path spool = Objects.requireNonNull(spoolDirectory, "spoolDirectory").toAbsolutePath();
        try {
            Files.createDirectories(spool);
        } catch (IOException e) {
            throw new ContentStoreException("cannot create the spool directory " + spool, e);
        }
        this.bucket = S3Bucket.connect(settings);
        this.writer = new S3ObjectWriter(bucket, spool);
        try {
            bucket.ensureExists();
        } catch (ContentStoreException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "S3 bucket " + bucket.name + " at " + settings.endpoint()
                            + " is not usable yet; will retry on use: " + e.getMessage());
        }
    }

    /** Spooled to a private file (hashed on the way), then sent with that hash for S3 to check. */
    @Override
    public void put(StorageKey key, InputStream content, long size, String contentType) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        writer.spoolAndUpload(key, content, size, null, contentType);
    }

    /**
     * Content already in a local file (the REST layer's spool) is sent from that file; other
     * content is spooled first. Either way the PUT declares the content's SHA-256, and S3 refuses
     * the object unless the bytes it receives have it, so nothing is stored on a mismatch.
     */
    @Override
    public void put(StorageKey key, StorableContent content, String contentType) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        ExactLengthCopy.requireValidSize(content.size());
        Optional<Path> file = content.localFile();
        if (file.isPresent()) {
            bucket.ensureExists();
            writer.upload(key, file.get(), content.size(), content.sha256(), contentType);
            return;
        }
        try (InputStream in = content.open()) {
            writer.spoolAndUpload(key, in, content.size(), content.sha256(), contentType);
        } catch (IOException e) {
            throw new ContentStoreException("cannot read the content for " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(StorageKey key) {
        Objects.requireNonNull(key, "key");
        bucket.ensureExists();
        try {
            return new ObjectContent(bucket.client.getObject(GetObjectArgs.builder()
                    .bucket(bucket.name)
                    .object(key.value())
                    .build()));
        } catch (ErrorResponseException e) {
            if (S3Bucket.isNoSuchKey(e)) {
                throw new ContentStoreException("no object under " + key, e);
            }
            throw S3Bucket.failure("cannot open " + key, e);
        } catch (MinioException | RuntimeException e) {
            throw S3Bucket.failure("cannot open " + key, e);
        }
    }

    @Override
    public boolean exists(StorageKey key) {
        Objects.requireNonNull(key, "key");
        bucket.ensureExists();
        return bucket.stat(key).isPresent();
    }

    @Override
    public List<StoredObject> list(String afterKey, int limit) {
        bucket.ensureExists();
        return bucket.list(afterKey, limit);
    }

    @Override
    public void delete(StorageKey key) {
        Objects.requireNonNull(key, "key");
        bucket.ensureExists();
        bucket.remove(key);
    }

    // --- direct uploads: a presigned POST into quarantine, then a server-side copy ------------

    /**
     * An S3 presigned POST (path-style URL of the bucket) whose policy fixes the key, the
     * Content-Type field, the exact size (content-length-range n..n), the metadata fields and the
     * expiry. The fields come in the order of the reference's client code; X-Amz-Security-Token is
     * sent empty (static credentials have none) and allowed empty by the policy, so that clients
     * that copy every field as written keep working.
     */
    @Override
    public PresignedUpload presign(UploadPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        bucket.ensureExists();
        PostPolicy post = new PostPolicy(bucket.name, policy.expiresAt().atZone(ZoneOffset.UTC));
        post.addEqualsCondition("key", policy.key().value());
        post.addEqualsCondition("Content-Type", policy.contentType());
        post.addContentLengthRangeCondition(policy.size(), policy.size());
        post.addEqualsCondition("x-amz-security-token", "");
        policy.metadata().forEach((name, value) -> post.addEqualsCondition("x-amz-meta-" + name, value));
        Map<String, String> signed;
        try {
            signed = bucket.client.getPresignedPostFormData(post);
        } catch (MinioException | RuntimeException e) {
            throw S3Bucket.failure("cannot presign an upload to " + policy.key(), e);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Content-Type", policy.contentType());
        fields.put("key", policy.key().value());
        fields.put("policy", field(signed, "policy"));
        fields.put("X-Amz-Algorithm", field(signed, "x-amz-algorithm"));
        fields.put("X-Amz-Credential", field(signed, "x-amz-credential"));
        fields.put("X-Amz-Date", field(signed, "x-amz-date"));
        fields.put("X-Amz-Security-Token", "");
        fields.put("X-Amz-Signature", field(signed, "x-amz-signature"));
        policy.metadata().forEach((name, value) -> fields.put("x-amz-meta-" + name, value));
        return new PresignedUpload(bucket.url, fields);
    }

    private static String field(Map<String, String> signed, String name) {
        return signed.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new ContentStoreException("the presigned form lacks " + name));
    }

    @Override
    public boolean isQuarantined(StorageKey quarantineKey) {
        return exists(quarantineKey);
    }

    /**
     * A server-side copy (replacing the target), then the quarantined object is removed; nothing to copy is a no-op.
     */
    @Override
    public void promote(StorageKey quarantineKey, StorageKey documentKey) {
        Objects.requireNonNull(documentKey, "documentKey");
        if (!exists(quarantineKey)) {
            return;
        }
        try {
            bucket.client.copyObject(CopyObjectArgs.builder()
                    .bucket(bucket.name)
                    .object(documentKey.value())
                    .source(SourceObject.builder()
                            .bucket(bucket.name)
                            .object(quarantineKey.value())
                            .build())
                    .build());
        } catch (MinioException | RuntimeException e) {
            throw S3Bucket.failure("cannot copy " + quarantineKey + " to " + documentKey, e);
        }
        delete(quarantineKey);
    }

    @Override
    public void removeQuarantined(StorageKey quarantineKey) {
        delete(quarantineKey);
    }

    /** Reachable means: the bucket exists (created now if it never was) and answers. */
    @Override
    public void checkReachable() {
        bucket.ensureExists();
        if (!bucket.exists()) {
            throw new ContentStoreException("S3 bucket " + bucket.name + " no longer exists");
        }
    }

    /** Closes the HTTP client; never throws. */
    @Override
    public void close() {
        bucket.close();
    }

    /** The object's bytes as they arrive; hides the MinIO response type from callers. */
    private static final class ObjectContent extends FilterInputStream {
        ObjectContent(InputStream in) {
            super(in);
        }
    }
}
