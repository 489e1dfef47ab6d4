package dev.dossier.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.domain.document.StorageKey;
import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import io.minio.StatObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.api.io.TempDir;

/** The content store contract against a real S3 server (S3Proxy, in process, in memory). */
class S3DocumentContentStoreIT extends AbstractDocumentContentStoreTest implements EncryptedStorageContract {
    private static InProcessS3Proxy s3;
    private static Path spoolDirectory;
    private static S3DocumentContentStore store;
    private static MinioClient inspector;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = InProcessS3Proxy.transientStore();
        spoolDirectory = Path.of(System.getProperty("dossier.test.dir", "target"), "s3-spool-" + UUID.randomUUID());
        store = new S3DocumentContentStore(s3.settings("dossier-documents"), spoolDirectory);
        inspector = MinioClient.builder()
                .endpoint(s3.endpoint())
                .region(InProcessS3Proxy.REGION)
                .credentials(InProcessS3Proxy.ACCESS_KEY, InProcessS3Proxy.SECRET_KEY)
                .build();
    }

    @AfterAll
    static void stopS3() throws Exception {
        store.close();
        inspector.close();
        s3.close();
    }

    @Override
    public DocumentContentStore store() {
        return store;
    }

    @Override
    protected List<Path> leftoverTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(spoolDirectory)) {
            return files.toList();
        }
    }

    // --- bucket ----------------------------------------------------------------------------

    @Test
    void givenMissingBucket_whenStoreIsCreated_thenTheBucketExists() throws Exception {
        String bucket = newBucketName();
        assertThat(bucketExists(bucket)).isFalse();

        try (S3DocumentContentStore created = new S3DocumentContentStore(s3.settings(bucket), spoolDirectory)) {
            assertThat(bucketExists(bucket)).isTrue();
            created.checkReachable();
        }
    }

    @Test
    void givenExistingBucket_whenStoreIsCreated_thenItsObjectsAreKept() throws Exception {
        StorageKey key = storeSomething();

        try (S3DocumentContentStore second =
                new S3DocumentContentStore(s3.settings("dossier-documents"), spoolDirectory)) {
            assertThat(second.exists(key)).isTrue();
        }
    }

    @Test
    void givenSeveralInstancesStartingTogether_whenTheBucketIsMissing_thenAllStartAndShareIt() throws Exception {
        String bucket = newBucketName();
        int instances = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<S3DocumentContentStore>> starts = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            starts.add(() -> {
                start.await();
                return new S3DocumentContentStore(s3.settings(bucket), spoolDirectory);
            });
        }

        List<S3DocumentContentStore> stores = runAll(starts, start);
        try {
            StorageKey key = newKey();
            stores.get(0).put(key, new ByteArrayInputStream(new byte[] {7}), 1, "text/plain");
            for (S3DocumentContentStore each : stores) {
                each.checkReachable();
                assertThat(each.exists(key)).isTrue();
            }
        } finally {
            stores.forEach(S3DocumentContentStore::close);
        }
    }

    @Test
    void givenBucketRemovedBehindTheStoresBack_whenCheckedForReachability_thenContentStoreException() throws Exception {
        String bucket = newBucketName();
        try (S3DocumentContentStore orphaned = new S3DocumentContentStore(s3.settings(bucket), spoolDirectory)) {
            inspector.removeBucket(RemoveBucketArgs.builder().bucket(bucket).build());

            assertThatThrownBy(orphaned::checkReachable)
                    .isExactlyInstanceOf(ContentStoreException.class)
                    .hasMessageContaining(bucket);
        }
    }

    // --- unreachable, refused ------------------------------------------------------------------

    @Test
    void givenNothingListeningAtTheEndpoint_whenCheckedForReachability_thenContentStoreExceptionWithinSeconds()
            throws Exception {
        long started = System.nanoTime();
        try (S3DocumentContentStore unreachable = new S3DocumentContentStore(unreachableSettings(), spoolDirectory)) {

            assertThatThrownBy(unreachable::checkReachable).isExactlyInstanceOf(ContentStoreException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void givenNothingListeningAtTheEndpoint_whenUsed_thenEveryOperationFailsWithContentStoreException()
            throws Exception {
        StorageKey key = newKey();
        try (S3DocumentContentStore unreachable = new S3DocumentContentStore(unreachableSettings(), spoolDirectory)) {
            List<ThrowingConsumer<S3DocumentContentStore>> operations = List.of(
                    s -> s.put(key, new ByteArrayInputStream(new byte[] {1}), 1, "text/plain"),
                    s -> s.open(key),
                    s -> s.exists(key),
                    s -> s.delete(key),
                    S3DocumentContentStore::checkReachable);
            for (ThrowingConsumer<S3DocumentContentStore> operation : operations) {
                assertThatThrownBy(() -> operation.accept(unreachable))
                        .isExactlyInstanceOf(ContentStoreException.class);
            }
        }
    }

    @Test
    void givenStoreStartedBeforeS3_whenS3ComesUp_thenTheBucketIsCreatedOnFirstUse() throws Exception {
        int port = freePort();
        String bucket = newBucketName();
        S3Settings settings = new S3Settings(
                "http://127.0.0.1:" + port,
                InProcessS3Proxy.REGION,
                InProcessS3Proxy.ACCESS_KEY,
                InProcessS3Proxy.SECRET_KEY,
                bucket);
        try (S3DocumentContentStore early = new S3DocumentContentStore(settings, spoolDirectory)) {
            assertThatThrownBy(early::checkReachable).isExactlyInstanceOf(ContentStoreException.class);

            try (InProcessS3Proxy late = InProcessS3Proxy.transientStore(port)) {
                assertThat(late.port()).isEqualTo(port);
                early.checkReachable();
                StorageKey key = newKey();
                early.put(key, new ByteArrayInputStream(new byte[] {3}), 1, "text/plain");
                assertThat(read(early, key)).containsExactly(3);
            }
        }
    }

    @Test
    void givenWrongSecretKey_whenCheckedForReachability_thenContentStoreException() {
        S3Settings wrong = new S3Settings(
                s3.endpoint(),
                InProcessS3Proxy.REGION,
                InProcessS3Proxy.ACCESS_KEY,
                "not-the-secret",
                "dossier-documents");
        try (S3DocumentContentStore refused = new S3DocumentContentStore(wrong, spoolDirectory)) {
            assertThatThrownBy(refused::checkReachable)
                    .isExactlyInstanceOf(ContentStoreException.class)
                    .message()
                    .doesNotContain("not-the-secret");
        }
    }

    @Test
    void givenMalformedEndpoint_whenStoreIsCreated_thenContentStoreException() {
        S3Settings malformed = new S3Settings("not an endpoint", null, "a", "b", "dossier-documents");

        assertThatThrownBy(() -> new S3DocumentContentStore(malformed, spoolDirectory))
                .isExactlyInstanceOf(ContentStoreException.class)
                .message()
                .doesNotContain("b,");
    }

    @Test
    void givenSettings_whenPrinted_thenTheSecretKeyIsHidden() {
        assertThat(s3.settings("b").toString())
                .doesNotContain(InProcessS3Proxy.SECRET_KEY)
                .contains("****");
    }

    // --- lost responses: the server stored the object, the client never heard -----------------

    @Test
    void givenEveryPutResponseLost_whenStored_thenRefusedAndNothingIsLeftUnderTheKey() throws Exception {
        StorageKey key = newKey();
        byte[] bytes = randomBytes(200_000, 31);
        try (ResponseDroppingProxy proxy =
                        new ResponseDroppingProxy(s3.port(), "PUT /dossier-documents/tenants/", Integer.MAX_VALUE);
                S3DocumentContentStore behindProxy =
                        new S3DocumentContentStore(proxiedSettings(proxy), spoolDirectory)) {

            assertThatThrownBy(() ->
                            behindProxy.put(key, new ByteArrayInputStream(bytes), bytes.length, "application/pdf"))
                    .isExactlyInstanceOf(ContentStoreException.class);

            assertThat(proxy.dropped()).isPositive();
            assertThat(store.exists(key)).isFalse();
        }
    }

    @Test
    void givenFirstPutResponseLost_whenStored_thenTheObjectIsStoredIntactOrNothingIsLeft() throws Exception {
        StorageKey key = newKey();
        byte[] bytes = randomBytes(200_000, 32);
        try (ResponseDroppingProxy proxy = new ResponseDroppingProxy(s3.port(), "PUT /dossier-documents/tenants/", 1);
                S3DocumentContentStore behindProxy =
                        new S3DocumentContentStore(proxiedSettings(proxy), spoolDirectory)) {

            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> behindProxy.put(key, new ByteArrayInputStream(bytes), bytes.length, "application/pdf"));

            assertThat(proxy.dropped()).isEqualTo(1);
            if (thrown == null) {
                assertThat(read(store, key)).isEqualTo(bytes);
            } else {
                assertThat(thrown).isExactlyInstanceOf(ContentStoreException.class);
                assertThat(store.exists(key)).isFalse();
            }
        }
    }

    @Test
    void givenAnotherObjectUnderTheKeyAndLostResponses_whenStored_thenTheOtherObjectIsKept() throws Exception {
        StorageKey key = newKey();
        byte[] original = randomBytes(1000, 33);
        store.put(key, new ByteArrayInputStream(original), original.length, "application/pdf");
        try (ResponseDroppingProxy proxy = new ResponseDroppingProxy(s3.port(), "PUT /dossier-documents/tenants/", 1);
                S3DocumentContentStore behindProxy =
                        new S3DocumentContentStore(proxiedSettings(proxy), spoolDirectory)) {

            assertThatThrownBy(
                            () -> behindProxy.put(key, new ByteArrayInputStream(new byte[] {1}), 1, "application/pdf"))
                    .isExactlyInstanceOf(ContentStoreException.class);

            assertThat(read(store, key)).isEqualTo(original);
        }
    }

    // --- what is stored ----------------------------------------------------------------------

    @Test
    void givenStoredObject_whenOpened_thenTheStreamIsNoMinioType() throws Exception {
        StorageKey key = storeSomething();

        try (InputStream content = store.open(key)) {
            assertThat(content.getClass().getName())
                    .doesNotStartWith("io.minio")
                    .doesNotStartWith("okhttp3");
        }
    }

    @Test
    void givenContentType_whenStored_thenTheObjectCarriesIt() throws Exception {
        StorageKey key = newKey();

        store.put(key, new ByteArrayInputStream(new byte[] {1, 2}), 2, "image/png");

        assertThat(inspector
                        .statObject(StatObjectArgs.builder()
                                .bucket("dossier-documents")
                                .object(key.value())
                                .build())
                        .contentType())
                .isEqualTo("image/png");
    }

    @Test
    void givenMissingOrMalformedContentType_whenStored_thenStoredAsOctetStream() throws Exception {
        StorageKey missing = newKey();
        StorageKey malformed = newKey();

        store.put(missing, new ByteArrayInputStream(new byte[] {1}), 1, null);
        store.put(malformed, new ByteArrayInputStream(new byte[] {1}), 1, "not a media type");

        for (StorageKey key : List.of(missing, malformed)) {
            assertThat(inspector
                            .statObject(StatObjectArgs.builder()
                                    .bucket("dossier-documents")
                                    .object(key.value())
                                    .build())
                            .contentType())
                    .isEqualTo("application/octet-stream");
        }
    }

    /** For content refused before any byte is sent, so S3 never checks its hash. */
    private static final String NEVER_CHECKED_HASH = "0".repeat(64);

    @Test
    void givenFileLargerThanOneS3Put_whenStored_thenRefusedBeforeAnyByteIsSent(@TempDir Path dir) throws IOException {
        long overS3Limit = 5L * 1024 * 1024 * 1024 + 1;
        Path sparse = dir.resolve("huge.part");
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(overS3Limit); // sparse: no 5 GiB written
        }
        StorageKey key = newKey();

        assertThatThrownBy(() -> store.put(key, Content.inFile(sparse, NEVER_CHECKED_HASH), "application/pdf"))
                .isInstanceOf(ContentStoreException.class)
                .hasMessageContaining("more than one S3 PUT takes");
        assertThat(store.exists(key)).isFalse();
    }

    @Test
    void givenLocalFileShorterThanDeclared_whenStored_thenRefusedAndNothingIsLeftUnderTheKey(@TempDir Path dir)
            throws IOException {
        Path file = Files.write(dir.resolve("short.part"), new byte[100]);
        StorageKey key = newKey();

        assertThatThrownBy(() -> store.put(key, Content.inFile(file, NEVER_CHECKED_HASH, 101), "application/pdf"))
                .isInstanceOf(ContentStoreException.class)
                .hasMessageContaining("has 100 bytes, not the declared 101");
        assertThat(store.exists(key)).isFalse();
    }

    // --- helpers ----------------------------------------------------------------------------

    private static String newBucketName() {
        return "dossier-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static boolean bucketExists(String bucket) throws Exception {
        return inspector.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
    }

    private static S3Settings proxiedSettings(ResponseDroppingProxy proxy) {
        return new S3Settings(
                "http://127.0.0.1:" + proxy.port(),
                InProcessS3Proxy.REGION,
                InProcessS3Proxy.ACCESS_KEY,
                InProcessS3Proxy.SECRET_KEY,
                "dossier-documents");
    }

    private static S3Settings unreachableSettings() throws IOException {
        return new S3Settings(
                "http://127.0.0.1:" + freePort(),
                InProcessS3Proxy.REGION,
                InProcessS3Proxy.ACCESS_KEY,
                InProcessS3Proxy.SECRET_KEY,
                "dossier-documents");
    }

    /** A port nothing listens on (free a moment ago). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static byte[] read(DocumentContentStore from, StorageKey key) throws IOException {
        try (InputStream in = from.open(key)) {
            return in.readAllBytes();
        }
    }
}
