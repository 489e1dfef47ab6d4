package dev.dossier.adapters.storage;

import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.shared.Sha256;
import io.minio.Http;
import io.minio.ObjectWriteArgs;
import io.minio.PutObjectAPIArgs;
import io.minio.RemoveObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import okhttp3.MediaType;

/**
 * Writes objects once, each in one PUT streamed from a file and declaring the content's SHA-256 for
 * S3 to check: the file the content is already in, or a private spool copy. An upload id in the
 * object's metadata lets a failed or retried PUT tell its own object from someone else's, so a
 * failure leaves nothing of its own behind.
 */
final class S3ObjectWriter {
    private static final System.Logger LOG = System.getLogger(S3ObjectWriter.class.getName());

    static final String UPLOAD_ID_METADATA = "dossier-upload-id";
    private static final MediaType DEFAULT_CONTENT_TYPE = MediaType.get("application/octet-stream");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    /** What S3 (and S3Proxy, MinIO) answer when the bytes do not have the declared SHA-256. */
    private static final Set<String> HASH_MISMATCH_CODES = Set.of("XAmzContentSHA256Mismatch", "BadDigest");

    private final S3Bucket bucket;
    private final Path spoolDirectory;

    S3ObjectWriter(S3Bucket bucket, Path spoolDirectory) {
        this.bucket = bucket;
        this.spoolDirectory = spoolDirectory;
    }

    /**
     * Copies exactly {@code size} bytes to a spool file and uploads it; without a declared hash, the copy's is used.
     */
    void spoolAndUpload(StorageKey key, InputStream content, long size, String declaredSha256, String contentType) {
        ExactLengthCopy.requireValidSize(size);
        bucket.ensureExists();
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
    void upload(StorageKey key, Path file, long size, String sha256, String contentType) {
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
                bucket.asyncClient
                        .putObject(PutObjectAPIArgs.builder()
                                .bucket(bucket.name)
                                .object(key.value())
                                .file(in, size)
                                .contentType(mediaType(contentType))
                                .headers(headers)
                                .build())
                        .join();
            } catch (CompletionException e) {
                bucket.asyncClient.throwMinioException(e);
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
            throw removingOwnObject(key, uploadId, S3Bucket.failure("cannot store " + key, e));
        } catch (IOException e) {
            throw removingOwnObject(
                    key,
                    uploadId,
                    new ContentStoreException("cannot read the content for " + key + ": " + e.getMessage(), e));
        } catch (MinioException | RuntimeException e) {
            throw removingOwnObject(key, uploadId, S3Bucket.failure("cannot store " + key, e));
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
                bucket.client.removeObject(RemoveObjectArgs.builder()
                        .bucket(bucket.name)
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
        return bucket.stat(key)
                .map(stat -> uploadId.equals(stat.userMetadata().getFirst(UPLOAD_ID_METADATA)))
                .orElse(false);
    }
}
