package dev.dossier.adapters.storage;

import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.StoredObject;
import dev.dossier.domain.document.StorageKey;
import io.minio.BucketExistsArgs;
import io.minio.Http;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * The bucket the S3 store keeps its objects in, and the MinIO clients that reach it: creating the
 * bucket once, stat and remove of single objects, and the failures of those calls as the port's
 * {@link ContentStoreException}.
 */
final class S3Bucket implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(S3Bucket.class.getName());

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_WRITE_TIMEOUT = Duration.ofSeconds(60);

    final MinioClient client;
    /** The same connection pool, for the one call MinioClient lacks: a PUT with a hash Dossier already has. */
    final MinioAsyncClient asyncClient;

    final String name;
    final String url;
    private final Object lock = new Object();
    private volatile boolean ready;

    private S3Bucket(S3Settings settings, MinioClient client, MinioAsyncClient asyncClient) {
        this.name = settings.bucket();
        this.url = settings.endpoint().replaceAll("/+$", "") + "/" + settings.bucket();
        this.client = client;
        this.asyncClient = asyncClient;
    }

    /** Builds the clients; the bucket itself is not contacted yet. */
    static S3Bucket connect(S3Settings settings) {
        // MinIO's default client (HTTP/1.1, retry on 5xx/429, extra CA certificates from the
        // environment) with timeouts suited to a request path instead of its 5 minutes. A plain
        // HTTP endpoint needs no certificates, so it skips loading every file under SSL_CERT_DIR,
        // which slows the start down.
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
            return new S3Bucket(settings, sync.build(), async.build());
        } catch (RuntimeException e) {
            if (http != null) {
                http.dispatcher().executorService().shutdown();
            }
            throw new ContentStoreException("invalid S3 settings " + settings + ": " + e.getMessage(), e);
        }
    }

    /** Creates the bucket once, tolerating another instance creating it at the same moment. */
    void ensureExists() {
        if (ready) {
            return;
        }
        synchronized (lock) {
            if (ready) {
                return;
            }
            if (!exists()) {
                try {
                    client.makeBucket(MakeBucketArgs.builder().bucket(name).build());
                    LOG.log(System.Logger.Level.INFO, "created S3 bucket " + name);
                } catch (MinioException | RuntimeException e) {
                    // BucketAlreadyOwnedByYou / BucketAlreadyExists when another instance won the race
                    if (!exists()) {
                        throw failure("cannot create S3 bucket " + name, e);
                    }
                }
            }
            ready = true;
        }
    }

    boolean exists() {
        try {
            return client.bucketExists(BucketExistsArgs.builder().bucket(name).build());
        } catch (MinioException | RuntimeException e) {
            throw failure("S3 bucket " + name + " is not usable", e);
        }
    }

    /** The object's metadata, or empty when there is no object under the key. */
    Optional<StatObjectResponse> stat(StorageKey key) {
        try {
            return Optional.of(client.statObject(
                    StatObjectArgs.builder().bucket(name).object(key.value()).build()));
        } catch (ErrorResponseException e) {
            if (isNoSuchKey(e)) {
                return Optional.empty();
            }
            throw failure("cannot check " + key, e);
        } catch (MinioException | RuntimeException e) {
            throw failure("cannot check " + key, e);
        }
    }

    /** Up to {@code limit} objects after {@code afterKey} in key order (S3 lists in that order); non-keys left out. */
    List<StoredObject> list(String afterKey, int limit) {
        ListObjectsArgs.Builder args =
                ListObjectsArgs.builder().bucket(name).recursive(true).maxKeys(Math.min(limit, 1000));
        if (afterKey != null) {
            args.startAfter(afterKey);
        }
        List<StoredObject> page = new ArrayList<>();
        try {
            for (Result<Item> result : client.listObjects(args.build())) {
                if (page.size() >= limit) {
                    break;
                }
                Item item = result.get();
                if (item.isDir()) {
                    continue;
                }
                try {
                    page.add(new StoredObject(
                            new StorageKey(item.objectName()),
                            item.lastModified().toInstant()));
                } catch (IllegalArgumentException notAKey) {
                    // not Dossier's: left alone
                }
            }
        } catch (MinioException | RuntimeException e) {
            throw failure("cannot list the bucket", e);
        }
        return page;
    }

    /** Removes the object under {@code key}; no object is no error. */
    void remove(StorageKey key) {
        try {
            client.removeObject(
                    RemoveObjectArgs.builder().bucket(name).object(key.value()).build());
        } catch (ErrorResponseException e) {
            if (!isNoSuchKey(e)) {
                throw failure("cannot delete " + key, e);
            }
        } catch (MinioException | RuntimeException e) {
            throw failure("cannot delete " + key, e);
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

    static boolean isNoSuchKey(ErrorResponseException e) {
        return "NoSuchKey".equals(e.errorResponse().code());
    }

    static ContentStoreException failure(String what, Exception e) {
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
}
