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
import io.minio.CopyObjectArgs;
import io.minio.GetObjectArgs;
import io.minio.Http;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.ObjectWriteArgs;
import io.minio.PostPolicy;
import io.minio.PutObjectAPIArgs;
import io.minio.RemoveObjectArgs;
import io.minio.SourceObject;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
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

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_WRITE_TIMEOUT = Duration.ofSeconds(60);
    static final String UPLOAD_ID_METADATA = "dossier-upload-id";
    private static final MediaType DEFAULT_CONTENT_TYPE = MediaType.get("application/octet-stream");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    /** What S3 (and S3Proxy, MinIO) answer when the bytes do not have the declared SHA-256. */
    private static final Set<String> HASH_MISMATCH_CODES = Set.of("XAmzContentSHA256Mismatch", "BadDigest");

    private final MinioClient client;
    /** The same connection pool, for the one call MinioClient lacks: a PUT with a hash Dossier already has. */
    private final MinioAsyncClient asyncClient;

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
        this.spoolDirectory =
                Objects.requireNonNull(spoolDirectory, "spoolDirectory").toAbsolutePath();
        try {
            Files.createDirectories(this.spoolDirectory);
        } catch (IOException e) {
            throw new ContentStoreException("cannot create the spool directory " + this.spoolDirectory, e);
        }
        Clients clients = newClients(settings);
        this.client = clients.sync();
        this.asyncClient = clients.async();
        try {
            ensureBucket();
        } catch (ContentStoreException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "S3 bucket " + bucket + " at " + settings.endpoint() + " is not usable yet; will retry on use: "
                            + e.getMessage());
        }
    }

    private record Clients(MinioClient sync, MinioAsyncClient async) {}

    private static Clients newClients(S3Settings settings) {
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
            MinioClient.Builder sync = MinioClient.builder()
                    .endpoint(settings.endpoint())
                    .credentials(settings.accessKey(), settings.secretKey())
                    .httpClient(http, true); // closed with the sync client
            MinioAsyncClient.Builder async = MinioAsyncClient.builder()
                    .endpoint(settings.endpoint())
                    .credentials(settings.accessKey(), settings.secretKey())
                    .httpClient(http, false);
            if (settings.region() != null) {
                sync.region(settings.region());
                async.region(settings.region());
            }
            return new Clients(sync.build(), async.build());
        } catch (RuntimeException e) {
            if (http != null) {
                http.dispatcher().executorService().shutdown();
            }
            throw new ContentStoreException("invalid S3 settings " + settings + ": " + e.getMessage(), e);
        }
    }

    /** Spooled to a private file (hashed on the way), then sent with that hash for S3 to check. */
    @Override
    public void put(StorageKey key, InputStream content, long size, String contentType) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        spoolAndUpload(key, content, size, null, contentType);
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
            ensureBucket();
            upload(key, file.get(), content.size(), content.sha256(), contentType);
            return;
        }
        try (InputStream in = content.open()) {
            spoolAndUpload(key, in, content.size(), content.sha256(), contentType);
        } catch (IOException e) {
            throw new ContentStoreException("cannot read the content for " + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies exactly {@code size} bytes to a spool file and uploads it; without a declared hash, the copy's is used.
     */
    private void spoolAndUpload(
            StorageKey key, InputStream content, long size, String declaredSha256, String contentType) {
        ExactLengthCopy.requireValidSize(size);
        ensureBucket();
        Path spool = null;
        try {
            spool = Files.createTempFile(spoolDirectory, "dossier-upload-", ".spool"); // rw------- on POSIX
            MessageDigest digest = Sha256.newDigest();
            try (InputStream in = declaredSha256 == null ? new DigestInputStream(content, digest) : content;
                    OutputStream out = Files.newOutputStream(spool)) {
                ExactLengthCopy.copy(in, out, size);
            }
            upload(
                    key,
                    spool,
                    size,
                    declaredSha256 != null ? declaredSha256 : Sha256.hex(digest.digest()),
                    contentType);
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
     * One PUT streamed from {@code file}, which must hold exactly {@code size} bytes. It carries
     * the SHA-256 as {@code x-amz-checksum-sha256}, which MinIO also signs as the payload hash on
     * plain HTTP: S3 checks the bytes it receives against the hash taken when they first arrived,
     * and MinIO does not read the file an extra time to hash it.
     */
    private void upload(StorageKey key, Path file, long size, String sha256, String contentType) {
        if (size > ObjectWriteArgs.MAX_PART_SIZE) {
            throw new ContentStoreException(key + ": " + size + " bytes is more than one S3 PUT takes; nothing stored");
        }
        String checksum = base64OfHex(key, sha256);
        long actualSize = sizeOf(key, file);
        if (actualSize != size) {
            throw new ContentStoreException("the content for " + key + " has " + actualSize
                    + " bytes, not the declared " + size + "; nothing stored");
        }
        String uploadId = UUID.randomUUID().toString();
        Http.Headers headers = new Http.Headers();
        headers.add(Http.Headers.X_AMZ_CHECKSUM_SHA256, checksum);
        headers.add("If-None-Match", "*");
        headers.add("x-amz-meta-" + UPLOAD_ID_METADATA, uploadId);
        // a file that changes size from here on sends other bytes than declared: S3 refuses them
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            try {
                asyncClient
                        .putObject(PutObjectAPIArgs.builder()
                                .bucket(bucket)
                                .object(key.value())
                                .file(in, size)
                                .contentType(mediaType(contentType))
                                .headers(headers)
                                .build())
                        .join();
            } catch (CompletionException e) {
                asyncClient.throwMinioException(e);
            }
        } catch (ErrorResponseException e) {
            String code = e.errorResponse().code();
            if ("PreconditionFailed".equals(code)) {
                if (isOwnObject(key, uploadId)) {
                    return; // our first attempt arrived; the response was lost and the retry refused
                }
                throw new ContentStoreException(
                        "an object is already stored under " + key + "; objects are written once", e);
            }
            if (HASH_MISMATCH_CODES.contains(code)) {
                throw removingOwnObject(
                        key,
                        uploadId,
                        new ContentStoreException(
                                "the content for " + key + " does not have its declared SHA-256; nothing stored", e));
            }
            throw removingOwnObject(key, uploadId, failure("cannot store " + key, e));
        } catch (IOException e) {
            throw removingOwnObject(
                    key,
                    uploadId,
                    new ContentStoreException("cannot read the content for " + key + ": " + e.getMessage(), e));
        } catch (MinioException | RuntimeException e) {
            throw removingOwnObject(key, uploadId, failure("cannot store " + key, e));
        }
    }

    private static long sizeOf(StorageKey key, Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ContentStoreException("cannot read the content for " + key + ": " + e.getMessage(), e);
        }
    }

    private static String base64OfHex(StorageKey key, String sha256) {
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new ContentStoreException("the content for " + key + " declares no valid SHA-256; nothing stored");
        }
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256));
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
                client.removeObject(RemoveObjectArgs.builder()
                        .bucket(bucket)
                        .object(key.value())
                        .build());
                LOG.log(System.Logger.Level.WARNING, "removed " + key + " after a failed upload");
            }
        } catch (MinioException | RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
            LOG.log(
                    System.Logger.Level.ERROR,
                    "could not check or remove " + key + " after a failed upload; an orphan object may remain",
                    cleanup);
        }
        return failure;
    }

    private boolean isOwnObject(StorageKey key, String uploadId) {
        return stat(key)
                .map(stat -> uploadId.equals(stat.userMetadata().getFirst(UPLOAD_ID_METADATA)))
                .orElse(false);
    }

    /** The object's metadata, or empty when there is no object under the key. */
    private Optional<StatObjectResponse> stat(StorageKey key) {
        try {
            return Optional.of(client.statObject(
                    StatObjectArgs.builder().bucket(bucket).object(key.value()).build()));
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
            return new ObjectContent(client.getObject(
                    GetObjectArgs.builder().bucket(bucket).object(key.value()).build()));
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
            client.removeObject(RemoveObjectArgs.builder()
                    .bucket(bucket)
                    .object(key.value())
                    .build());
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
            client.copyObject(CopyObjectArgs.builder()
                    .bucket(bucket)
                    .object(documentKey.value())
                    .source(SourceObject.builder()
                            .bucket(bucket)
                            .object(quarantineKey.value())
                            .build())
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
            detail = response.errorResponse().code() + " ("
                    + response.errorResponse().message() + ")";
        } else if (e.getCause() != null
                && e.getMessage() != null
                && e.getMessage().equals(e.getCause().toString())) {
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
