package dev.dossier.adapters.storage;

import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.PresignedUpload;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.application.port.out.UploadPolicy;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.shared.Sha256;
import io.minio.BucketExistsArgs;
import io.minio.Checksum;
import io.minio.CopyObjectArgs;
import io.minio.SourceObject;
import io.minio.GetObjectArgs;
import io.minio.Http;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.ObjectWriteArgs;
import io.minio.PostPolicy;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

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
 * <p>Objects are written once: the PUT carries {@code If-None-Match: *}, and an upload id in the
 * object's metadata lets a failed or retried PUT tell its own object from someone else's.
 */
public final class S3DocumentContentStore implements DocumentContentStore, DirectUploadStore, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(S3DocumentContentStore.class.getName());

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_WRITE_TIMEOUT = Duration.ofSeconds(60);
    static final String UPLOAD_ID_METADATA = "dossier-upload-id";
    private static final MediaType DEFAULT_CONTENT_TYPE = MediaType.get("application/octet-stream");

    private final MinioClient client;
    private final String bucket;
    private final String bucketUrl;
    private final Path spoolDirectory;
    private final Object bucketLock = new Object();
    private volatile boolean bucketReady;

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
        this.bucket = settings.bucket();
        this.bucketUrl = settings.endpoint().replaceAll("/+$", "") + "/" + settings.bucket();
        this.spoolDirectory = Objects.requireNonNull(spoolDirectory, "spoolDirectory").toAbsolutePath();
        try {
            Files.createDirectories(this.spoolDirectory);
        } catch (IOException e) {
            throw new ContentStoreException("cannot create the spool directory " + this.spoolDirectory, e);
        }
        this.client = newClient(settings);
        try {
            ensureBucket();
        } catch (ContentStoreException e) {
            LOG.log(System.Logger.Level.WARNING,
                    "S3 bucket " + bucket + " at " + settings.endpoint() + " is not usable yet; will retry on use: "
                            + e.getMessage());
        }
    }

    private static MinioClient newClient(S3Settings settings) {
        // MinIO's default client (HTTP/1.1, retry on 5xx/429, extra CA certificates from the
        // environment) with timeouts suited to a request path instead of its 5 minutes. A plain
        // HTTP endpoint needs no certificates: loading every file under SSL_CERT_DIR cost
        // start-up a few hundred milliseconds when profiled.
        OkHttpClient http = null;
        try {
            OkHttpClient base = settings.endpoint().regionMatches(true, 0, "http://", 0, 7)
                    ? new OkHttpClient.Builder()
                            .protocols(List.of(Protocol.HTTP_1_1))
                            .addInterceptor(new Http.StatusRetryInterceptor())
                            .build()
                    : Http.newDefaultClient();
            http = base.newBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    .readTimeout(READ_WRITE_TIMEOUT)
                    .writeTimeout(READ_WRITE_TIMEOUT)
                    .build();
            MinioClient.Builder builder = MinioClient.builder()
                    .endpoint(settings.endpoint())
                    .credentials(settings.accessKey(), settings.secretKey())
                    .httpClient(http, true);
            if (settings.region() != null) {
                builder.region(settings.region());
            }
            return builder.build();
        } catch (RuntimeException e) {
            if (http != null) {
                http.dispatcher().executorService().shutdown();
            }
            throw new ContentStoreException("invalid S3 settings " + settings + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void put(StorageKey key, InputStream content, long size, String contentType) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        ExactLengthCopy.requireValidSize(size);
        ensureBucket();
        Path spool = null;
        try {
            spool = Files.createTempFile(spoolDirectory, "dossier-upload-", ".spool"); // rw------- on POSIX
            try (OutputStream out = Files.newOutputStream(spool)) {
                ExactLengthCopy.copy(content, out, size);
            }
            upload(key, spool, size, contentType);
        } catch (IOException e) {
            throw new ContentStoreException("cannot spool the content of " + key + ": " + e.getMessage(), e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "cannot remove the spool file " + spool, e);
                }
            }
        }
    }

    /**
     * Content already in a local file (the REST layer's spool) is checked against its declared
     * SHA-256 before any byte is sent, and sent from that file rather than copied to a spool of
     * this store first. Other content takes the port's default: spooled, sent, and checked.
     * (MinIO adds a payload hash of its own, so a declared one cannot be handed to S3 to check.)
     */
    @Override
    public void put(StorageKey key, StorableContent content, String contentType) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        Optional<Path> file = content.localFile();
        if (file.isEmpty()) {
            DocumentContentStore.super.put(key, content, contentType);
            return;
        }
        ExactLengthCopy.requireValidSize(content.size());
        ensureBucket();
        if (!hashOf(key, file.get(), content.size()).equals(content.sha256())) {
            throw new ContentStoreException("the content for " + key + " does not have its declared SHA-256; nothing stored");
        }
        upload(key, file.get(), content.size(), contentType);
    }

    /** SHA-256 of the file, which must hold exactly {@code size} bytes. */
    private static String hashOf(StorageKey key, Path file, long size) {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            ExactLengthCopy.copy(in, OutputStream.nullOutputStream(), size);
        } catch (IOException e) {
            throw new ContentStoreException("cannot read the content for " + key + ": " + e.getMessage(), e);
        }
        return Sha256.hex(digest.digest());
    }

    private void upload(StorageKey key, Path file, long size, String contentType) {
        String uploadId = UUID.randomUUID().toString();
        try {
            client.uploadObject(UploadObjectArgs.builder()
                    .bucket(bucket)
                    .object(key.value())
                    // one part: MinIO sends a single PUT streamed from the file
                    .filename(file.toString(), singlePartSize(size))
                    .contentType(mediaType(contentType))
                    // CRC32 rather than MinIO's default CRC32C, which it computes a byte at a time
                    // in Java (the largest CPU cost of an upload when profiled); CRC32 is the JDK's,
                    // on the CPU's carry-less multiply. S3 checks either on arrival.
                    .checksum(Checksum.Algorithm.CRC32)
                    .headers(Map.of("If-None-Match", "*"))
                    .userMetadata(Map.of(UPLOAD_ID_METADATA, uploadId))
                    .build());
        } catch (ErrorResponseException e) {
            if ("PreconditionFailed".equals(e.errorResponse().code())) {
                if (isOwnObject(key, uploadId)) {
                    return; // our first attempt arrived; the response was lost and the retry refused
                }
                throw new ContentStoreException(
                        "an object is already stored under " + key + "; objects are written once", e);
            }
            throw removingOwnObject(key, uploadId, failure("cannot store " + key, e));
        } catch (MinioException | RuntimeException e) {
            throw removingOwnObject(key, uploadId, failure("cannot store " + key, e));
        }
    }

    /** A part size that makes MinIO upload the file in a single PUT (up to the 5 GiB S3 limit). */
    static long singlePartSize(long size) {
        if (size > ObjectWriteArgs.MAX_PART_SIZE) {
            return 0; // let MinIO choose a multipart split; never happens for Dossier's 10 MB limit
        }
        return Math.max(size, ObjectWriteArgs.MIN_MULTIPART_SIZE);
    }

    private static MediaType mediaType(String contentType) {
        MediaType parsed = contentType == null ? null : MediaType.parse(contentType);
        return parsed != null ? parsed : DEFAULT_CONTENT_TYPE;
    }

    /**
     * After a failed PUT whose outcome is unknown (the request may have arrived), removes the
     * object only if this very upload wrote it, so that nothing is left under the key.
     */
    private ContentStoreException removingOwnObject(StorageKey key, String uploadId, ContentStoreException failure) {
        try {
            if (isOwnObject(key, uploadId)) {
                client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key.value()).build());
                LOG.log(System.Logger.Level.WARNING, "removed " + key + " after a failed upload");
            }
        } catch (MinioException | RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
            LOG.log(System.Logger.Level.ERROR,
                    "could not check or remove " + key + " after a failed upload; an orphan object may remain", cleanup);
        }
        return failure;
    }

    private boolean isOwnObject(StorageKey key, String uploadId) {
        return stat(key).map(stat -> uploadId.equals(stat.userMetadata().getFirst(UPLOAD_ID_METADATA))).orElse(false);
    }

    /** The object's metadata, or empty when there is no object under the key. */
    private Optional<StatObjectResponse> stat(StorageKey key) {
        try {
            return Optional.of(client.statObject(StatObjectArgs.builder().bucket(bucket).object(key.value()).build()));
        } catch (ErrorResponseException e) {
            if (isNoSuchKey(e)) {
                return Optional.empty();
            }
            throw failure("cannot check " + key, e);
        } catch (MinioException | RuntimeException e) {
            throw failure("cannot check " + key, e);
        }
    }

    @Override
    public InputStream open(StorageKey key) {
        Objects.requireNonNull(key, "key");
        ensureBucket();
        try {
            return new ObjectContent(client.getObject(GetObjectArgs.builder().bucket(bucket).object(key.value()).build()));
        } catch (ErrorResponseException e) {
            if (isNoSuchKey(e)) {
                throw new ContentStoreException("no object under " + key, e);
            }
            throw failure("cannot open " + key, e);
        } catch (MinioException | RuntimeException e) {
            throw failure("cannot open " + key, e);
        }
    }

    @Override
    public boolean exists(StorageKey key) {
        Objects.requireNonNull(key, "key");
        ensureBucket();
        return stat(key).isPresent();
    }

    @Override
    public void delete(StorageKey key) {
        Objects.requireNonNull(key, "key");
        ensureBucket();
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key.value()).build());
        } catch (ErrorResponseException e) {
            if (!isNoSuchKey(e)) {
                throw failure("cannot delete " + key, e);
            }
        } catch (MinioException | RuntimeException e) {
            throw failure("cannot delete " + key, e);
        }
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
        ensureBucket();
        PostPolicy post = new PostPolicy(bucket, policy.expiresAt().atZone(ZoneOffset.UTC));
        post.addEqualsCondition("key", policy.key().value());
        post.addEqualsCondition("Content-Type", policy.contentType());
        post.addContentLengthRangeCondition(policy.size(), policy.size());
        post.addEqualsCondition("x-amz-security-token", "");
        policy.metadata().forEach((name, value) -> post.addEqualsCondition("x-amz-meta-" + name, value));
        Map<String, String> signed;
        try {
            signed = client.getPresignedPostFormData(post);
        } catch (MinioException | RuntimeException e) {
            throw failure("cannot presign an upload to " + policy.key(), e);
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
        return new PresignedUpload(bucketUrl, fields);
    }

    private static String field(Map<String, String> signed, String name) {
        return signed.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new ContentStoreException("the presigned form lacks " + name));
    }

    @Override
    public boolean isQuarantined(StorageKey quarantineKey) {
        return exists(quarantineKey);
    }

    /** A server-side copy (replacing the target), then the quarantined object is removed; nothing to copy is a no-op. */
    @Override
    public void promote(StorageKey quarantineKey, StorageKey documentKey) {
        Objects.requireNonNull(documentKey, "documentKey");
        if (!exists(quarantineKey)) {
            return;
        }
        try {
            client.copyObject(CopyObjectArgs.builder()
                    .bucket(bucket).object(documentKey.value())
                    .source(SourceObject.builder().bucket(bucket).object(quarantineKey.value()).build())
                    .build());
        } catch (MinioException | RuntimeException e) {
            throw failure("cannot copy " + quarantineKey + " to " + documentKey, e);
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
        ensureBucket();
        if (!bucketExists()) {
            throw new ContentStoreException("S3 bucket " + bucket + " no longer exists");
        }
    }

    /** Closes the HTTP client; never throws. */
    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "cannot close the S3 client", e);
        }
    }

    /** Creates the bucket once, tolerating another instance creating it at the same moment. */
    private void ensureBucket() {
        if (bucketReady) {
            return;
        }
        synchronized (bucketLock) {
            if (bucketReady) {
                return;
            }
            if (!bucketExists()) {
                try {
                    client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                    LOG.log(System.Logger.Level.INFO, "created S3 bucket " + bucket);
                } catch (MinioException | RuntimeException e) {
                    // BucketAlreadyOwnedByYou / BucketAlreadyExists when another instance won the race
                    if (!bucketExists()) {
                        throw failure("cannot create S3 bucket " + bucket, e);
                    }
                }
            }
            bucketReady = true;
        }
    }

    private boolean bucketExists() {
        try {
            return client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
        } catch (MinioException | RuntimeException e) {
            throw failure("S3 bucket " + bucket + " is not usable", e);
        }
    }

    private static boolean isNoSuchKey(ErrorResponseException e) {
        return "NoSuchKey".equals(e.errorResponse().code());
    }

    private static ContentStoreException failure(String what, Exception e) {
        String detail;
        if (e instanceof ErrorResponseException response) {
            detail = response.errorResponse().code() + " (" + response.errorResponse().message() + ")";
        } else if (e.getCause() != null && e.getMessage() != null && e.getMessage().equals(e.getCause().toString())) {
            detail = e.getCause().toString(); // MinioException wrapping an IOException
        } else {
            detail = e.toString();
        }
        return new ContentStoreException(what + ": " + detail, e);
    }

    /** The object's bytes as they arrive; hides the MinIO response type from callers. */
    private static final class ObjectContent extends FilterInputStream {
        ObjectContent(InputStream in) {
            super(in);
        }
    }
}
