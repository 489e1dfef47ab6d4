package dev.dossier.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.application.port.out.StoredObject;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.shared.Sha256;
import dev.dossier.domain.tenant.TenantId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract of {@link DocumentContentStore}, run against every implementation. Subclasses provide
 * the store and say where it keeps its temporary files, which must never outlive a put.
 */
abstract class AbstractDocumentContentStoreTest {
    static final int TEN_MEGABYTES = 10 * 1024 * 1024;
    private static final String PDF = "application/pdf";

    /** The store under test; the same instance for the whole test class is fine. */
    public abstract DocumentContentStore store();

    /** Temporary files the store has left behind (upload temp files, spool files). */
    protected abstract List<Path> leftoverTemporaryFiles() throws IOException;

    @AfterEach
    void noTemporaryFileOutlivesAPut() throws IOException {
        assertThat(leftoverTemporaryFiles()).isEmpty();
    }

    // --- round trips ---------------------------------------------------------------------

    @Test
    void givenStoredObject_whenOpened_thenBytesAreIdentical() throws IOException {
        StorageKey key = newKey();
        byte[] bytes = everyByteValue(64 * 1024 + 17);

        store().put(key, new ByteArrayInputStream(bytes), bytes.length, PDF);

        assertThat(read(key)).isEqualTo(bytes);
    }

    @Test
    void givenOneByteObject_whenOpened_thenTheSameByteComesBack() throws IOException {
        StorageKey key = newKey();

        store().put(key, new ByteArrayInputStream(new byte[] {(byte) 0xFF}), 1, "text/plain");

        assertThat(read(key)).containsExactly((byte) 0xFF);
    }

    @Test
    void givenEmptyContent_whenStored_thenAnEmptyObjectExists() throws IOException {
        StorageKey key = newKey();

        store().put(key, InputStream.nullInputStream(), 0, "text/plain");

        assertThat(store().exists(key)).isTrue();
        assertThat(read(key)).isEmpty();
    }

    @Test
    void givenTenMegabyteObject_whenOpened_thenBytesAreIdentical() throws IOException {
        StorageKey key = newKey();
        byte[] bytes = randomBytes(TEN_MEGABYTES, 10);

        store().put(key, new ByteArrayInputStream(bytes), bytes.length, PDF);

        assertThat(read(key)).isEqualTo(bytes);
    }

    @Test
    void givenPlainStreamWithoutMarkSupportDeliveringOddChunks_whenStored_thenBytesAreIdentical() throws IOException {
        StorageKey key = newKey();
        byte[] bytes = randomBytes(6 * 1024 * 1024 + 3, 6);
        TrickleInputStream content = new TrickleInputStream(bytes);
        assertThat(content.markSupported()).isFalse();

        store().put(key, content, bytes.length, PDF);

        assertThat(read(key)).isEqualTo(bytes);
    }

    @Test
    void givenStoredObject_whenOpenedTwice_thenEachStreamHasAllBytes() throws IOException {
        StorageKey key = newKey();
        byte[] bytes = randomBytes(300_000, 3);
        store().put(key, new ByteArrayInputStream(bytes), bytes.length, PDF);

        try (InputStream first = store().open(key);
                InputStream second = store().open(key)) {
            assertThat(second.readAllBytes()).isEqualTo(bytes);
            assertThat(first.readAllBytes()).isEqualTo(bytes);
        }
    }

    // --- exists, delete, missing -------------------------------------------------------------

    @Test
    void givenStoredObject_whenCheckedForExistence_thenItExists() {
        StorageKey key = storeSomething();

        assertThat(store().exists(key)).isTrue();
    }

    @Test
    void givenNothingStored_whenCheckedForExistence_thenItDoesNotExist() {
        assertThat(store().exists(newKey())).isFalse();
    }

    @Test
    void givenStoredObject_whenDeleted_thenItIsGone() {
        StorageKey key = storeSomething();

        store().delete(key);

        assertThat(store().exists(key)).isFalse();
        assertThatThrownBy(() -> store().open(key)).isInstanceOf(ContentStoreException.class);
    }

    @Test
    void givenNothingStored_whenDeleted_thenNothingHappens() {
        StorageKey key = newKey();

        store().delete(key);
        store().delete(key);

        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void givenDeletedObject_whenDeletedAgain_thenNothingHappens() {
        StorageKey key = storeSomething();
        store().delete(key);

        store().delete(key);

        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void givenNothingStored_whenOpened_thenContentStoreException() {
        StorageKey key = newKey();

        assertThatThrownBy(() -> store().open(key))
                .isExactlyInstanceOf(ContentStoreException.class)
                .hasMessageContaining(key.value());
    }

    @Test
    void givenObjectsUnderSiblingKeys_whenOneIsDeleted_thenTheOtherStays() throws IOException {
        TenantId tenant = TenantId.generate();
        StorageKey deleted = StorageKey.generate(tenant);
        StorageKey kept = StorageKey.generate(tenant);
        byte[] bytes = randomBytes(1000, 1);
        store().put(deleted, new ByteArrayInputStream(bytes), bytes.length, PDF);
        store().put(kept, new ByteArrayInputStream(bytes), bytes.length, PDF);

        store().delete(deleted);

        assertThat(read(kept)).isEqualTo(bytes);
    }

    // --- refused content ---------------------------------------------------------------------

    @Test
    void givenStreamShorterThanDeclaredSize_whenStored_thenRefusedAndNothingIsLeftUnderTheKey() {
        StorageKey key = newKey();
        byte[] bytes = randomBytes(1000, 4);

        assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(bytes), 1001, PDF))
                .isExactlyInstanceOf(ContentStoreException.class);

        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void givenEmptyStreamDeclaredAsOneByte_whenStored_thenRefusedAndNothingIsLeftUnderTheKey() {
        StorageKey key = newKey();

        assertThatThrownBy(() -> store().put(key, InputStream.nullInputStream(), 1, PDF))
                .isExactlyInstanceOf(ContentStoreException.class);

        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void givenStreamLongerThanDeclaredSize_whenStored_thenRefusedAndNothingIsLeftUnderTheKey() {
        StorageKey key = newKey();
        byte[] bytes = randomBytes(1001, 5);

        assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(bytes), 1000, PDF))
                .isExactlyInstanceOf(ContentStoreException.class);

        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void givenStreamOneByteOverTenMegabytes_whenStoredAsTenMegabytes_thenRefusedAndNothingIsLeftUnderTheKey() {
        StorageKey key = newKey();
        byte[] bytes = randomBytes(TEN_MEGABYTES + 1, 11);

        assertThatThrownBy(() -> store().put(key, new TrickleInputStream(bytes), TEN_MEGABYTES, PDF))
                .isExactlyInstanceOf(ContentStoreException.class);

        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void givenEndlessStream_whenStored_thenRefusedAfterReadingOneByteMoreThanDeclared() {
        StorageKey key = newKey();
        EndlessInputStream endless = new EndlessInputStream();

        assertThatThrownBy(() -> store().put(key, endless, 100_000, PDF))
                .isExactlyInstanceOf(ContentStoreException.class);

        assertThat(endless.bytesRead()).isEqualTo(100_001);
        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void givenStreamFailingMidway_whenStored_thenRefusedAndNothingIsLeftUnderTheKey() {
        StorageKey key = newKey();
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                if (served >= 5000) {
                    throw new IOException("client went away");
                }
                int chunk = Math.min(length, 5000 - served);
                java.util.Arrays.fill(target, offset, offset + chunk, (byte) 42);
                served += chunk;
                return chunk;
            }
        };

        Throwable thrown = catchThrowable(() -> store().put(key, failing, 10_000, PDF));

        assertThat(thrown).isExactlyInstanceOf(ContentStoreException.class).hasRootCauseMessage("client went away");
        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void givenRefusedPut_whenRetriedWithTheRightContent_thenTheObjectIsStored() throws IOException {
        StorageKey key = newKey();
        byte[] bytes = randomBytes(2000, 7);
        assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(bytes, 0, 1000), 2000, PDF))
                .isInstanceOf(ContentStoreException.class);

        store().put(key, new ByteArrayInputStream(bytes), 2000, PDF);

        assertThat(read(key)).isEqualTo(bytes);
    }

    // --- overwrite: objects are written once -------------------------------------------------

    @Test
    void givenStoredObject_whenAnotherPutUsesTheSameKey_thenRefusedAndTheOriginalBytesAreKept() throws IOException {
        StorageKey key = newKey();
        byte[] original = randomBytes(5000, 8);
        byte[] replacement = randomBytes(5000, 9);
        store().put(key, new ByteArrayInputStream(original), original.length, PDF);

        assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(replacement), replacement.length, PDF))
                .isExactlyInstanceOf(ContentStoreException.class)
                .hasMessageContaining("already stored");

        assertThat(read(key)).isEqualTo(original);
    }

    @Test
    void givenDeletedObject_whenItsKeyIsStoredAgain_thenTheNewBytesAreKept() throws IOException {
        StorageKey key = storeSomething();
        store().delete(key);
        byte[] bytes = randomBytes(700, 12);

        store().put(key, new ByteArrayInputStream(bytes), bytes.length, PDF);

        assertThat(read(key)).isEqualTo(bytes);
    }

    @Test
    void givenConcurrentPutsOfTheSameKey_whenAllFinish_thenExactlyOneWinsWithItsBytesIntact() throws Exception {
        StorageKey key = newKey();
        int writers = 8;
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            contents.add(randomBytes(256 * 1024, 100 + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> puts = new ArrayList<>();
        for (byte[] content : contents) {
            puts.add(() -> {
                start.await();
                try {
                    store().put(key, new ByteArrayInputStream(content), content.length, PDF);
                    return true;
                } catch (ContentStoreException refused) {
                    return false;
                }
            });
        }

        List<Boolean> outcomes = runAll(puts, start);

        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(read(key)).isEqualTo(contents.get(outcomes.indexOf(true)));
    }

    // --- concurrency and readiness -----------------------------------------------------------

    @Test
    void givenConcurrentPutsOfDifferentKeys_whenAllFinish_thenEveryObjectHasItsOwnBytes() throws Exception {
        int uploads = 16;
        List<StorageKey> keys = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            keys.add(newKey());
            contents.add(randomBytes(100_000 + i * 50_000, 200 + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> puts = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            StorageKey key = keys.get(i);
            byte[] content = contents.get(i);
            puts.add(() -> {
                start.await();
                store().put(key, new TrickleInputStream(content), content.length, PDF);
                return true;
            });
        }

        assertThat(runAll(puts, start)).containsOnly(true);

        for (int i = 0; i < uploads; i++) {
            assertThat(read(keys.get(i))).as("object %d", i).isEqualTo(contents.get(i));
        }
    }

    // --- content with a declared SHA-256 -----------------------------------------------------

    @Test
    void givenContentInMemoryWithItsHash_whenStored_thenBytesAreIdentical() throws IOException {
        StorageKey key = newKey();
        byte[] bytes = everyByteValue(300 * 1024 + 5);

        store().put(key, Content.inMemory(bytes), PDF);

        assertThat(read(key)).isEqualTo(bytes);
    }

    @Test
    void givenContentInALocalFileWithItsHash_whenStored_thenBytesAreIdenticalAndTheFileIsKept(@TempDir Path dir)
            throws IOException {
        StorageKey key = newKey();
        byte[] bytes = everyByteValue(TEN_MEGABYTES);
        Path file = Files.write(dir.resolve("received.part"), bytes);

        store().put(key, Content.inFile(file, sha256(bytes)), PDF);

        assertThat(read(key)).isEqualTo(bytes);
        assertThat(file).exists(); // the caller's file: the store reads it, it does not take it
    }

    @Test
    void givenContentInMemoryWithAWrongHash_whenStored_thenRefusedAndNothingIsLeftUnderTheKey() {
        StorageKey key = newKey();
        byte[] bytes = everyByteValue(4096);
        String hashOfOtherBytes = sha256("other bytes".getBytes(StandardCharsets.UTF_8));

        Throwable thrown = catchThrowable(() -> store().put(key, Content.inMemory(bytes, hashOfOtherBytes), PDF));

        assertThat(thrown).isInstanceOf(ContentStoreException.class);
        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void givenLocalFileChangedAfterItWasHashed_whenStored_thenRefusedAndNothingIsLeftUnderTheKey(@TempDir Path dir)
            throws IOException {
        StorageKey key = newKey();
        byte[] received = everyByteValue(64 * 1024);
        byte[] tampered = received.clone();
        tampered[1000] ^= 0x01; // same size, one bit flipped: a forged file must not be stored as the received one
        Path file = Files.write(dir.resolve("received.part"), tampered);

        Throwable thrown = catchThrowable(() -> store().put(key, Content.inFile(file, sha256(received)), PDF));

        assertThat(thrown).isInstanceOf(ContentStoreException.class);
        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void givenStoredObject_whenContentWithItsHashUsesTheSameKey_thenRefusedAndTheOriginalBytesAreKept()
            throws IOException {
        StorageKey key = newKey();
        byte[] original = everyByteValue(2048);
        store().put(key, Content.inMemory(original), PDF);

        Throwable thrown = catchThrowable(() -> store().put(key, Content.inMemory(everyByteValue(4096)), PDF));

        assertThat(thrown).isInstanceOf(ContentStoreException.class);
        assertThat(read(key)).isEqualTo(original);
    }

    /** Content with a declared hash and size, in memory or in a file. */
    record Content(byte[] bytes, String sha256, Path file, long size) implements StorableContent {
        static Content inMemory(byte[] bytes) {
            return inMemory(bytes, AbstractDocumentContentStoreTest.sha256(bytes));
        }

        static Content inMemory(byte[] bytes, String sha256) {
            return new Content(bytes, sha256, null, bytes.length);
        }

        static Content inFile(Path file, String sha256) {
            try {
                return inFile(file, sha256, Files.size(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A file declared with a size of the caller's choosing, which may not be the file's. */
        static Content inFile(Path file, String sha256, long declaredSize) {
            return new Content(null, sha256, file, declaredSize);
        }

        @Override
        public InputStream open() throws IOException {
            return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
        }

        @Override
        public Optional<Path> localFile() {
            return Optional.ofNullable(file);
        }
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(Sha256.newDigest().digest(bytes));
    }

    @Test
    void givenWorkingStore_whenCheckedForReachability_thenNoException() {
        store().checkReachable();
    }

    // --- listing ------------------------------------------------------------------------------

    @Test
    void givenObjectsOfATenant_whenListedInSmallPages_thenEachAppearsOnceInKeyOrderWithItsWriteTime() {
        TenantId tenant = TenantId.generate();
        Instant before = Instant.now().minusSeconds(2);
        List<StorageKey> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            StorageKey key = StorageKey.generate(tenant);
            byte[] bytes = randomBytes(100 + i, i);
            store().put(key, new ByteArrayInputStream(bytes), bytes.length, PDF);
            keys.add(key);
        }
        Instant after = Instant.now().plusSeconds(2);
        String prefix = "tenants/" + tenant.value() + "/";

        List<StoredObject> listed = listAll(2).stream()
                .filter(o -> o.key().value().startsWith(prefix))
                .toList();

        assertThat(listed)
                .extracting(StoredObject::key)
                .containsExactlyElementsOf(keys.stream()
                        .sorted(Comparator.comparing(StorageKey::value))
                        .toList());
        assertThat(listed).allSatisfy(o -> assertThat(o.lastModified()).isBetween(before, after));

        store().delete(keys.get(0));
        assertThat(listAll(1000))
                .extracting(StoredObject::key)
                .doesNotContain(keys.get(0))
                .contains(keys.get(1));
    }

    /** Every object of the store, a page of {@code pageSize} at a time, checking the pages' order. */
    private List<StoredObject> listAll(int pageSize) {
        List<StoredObject> all = new ArrayList<>();
        String after = null;
        List<StoredObject> page;
        do {
            page = store().list(after, pageSize);
            assertThat(page.size()).isLessThanOrEqualTo(pageSize);
            for (StoredObject o : page) {
                if (after != null) {
                    assertThat(o.key().value()).isGreaterThan(after);
                }
                after = o.key().value();
                all.add(o);
            }
        } while (page.size() == pageSize);
        return all;
    }

    // --- helpers ----------------------------------------------------------------------------

    protected static StorageKey newKey() {
        return StorageKey.generate(TenantId.generate());
    }

    protected StorageKey storeSomething() {
        StorageKey key = newKey();
        byte[] bytes = randomBytes(123, 1);
        store().put(key, new ByteArrayInputStream(bytes), bytes.length, PDF);
        return key;
    }

    protected byte[] read(StorageKey key) throws IOException {
        try (InputStream in = store().open(key)) {
            return in.readAllBytes();
        }
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] everyByteValue(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + i / 256);
        }
        return bytes;
    }

    static <T> List<T> runAll(List<Callable<T>> tasks, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A plain stream: no mark/reset, {@code available()} is 0, reads come in small odd chunks. */
    static final class TrickleInputStream extends InputStream {
        private final byte[] bytes;
        private int position;
        private int turn;

        TrickleInputStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position >= bytes.length) {
                return -1;
            }
            int chunk = Math.min(Math.min(length, 1 + (turn++ * 7919) % 9001), bytes.length - position);
            System.arraycopy(bytes, position, target, offset, chunk);
            position += chunk;
            return chunk;
        }
    }

    /** Never ends; counts what was taken from it. */
    static final class EndlessInputStream extends InputStream {
        private final AtomicLong read = new AtomicLong();

        @Override
        public int read() {
            read.incrementAndGet();
            return 'x';
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            java.util.Arrays.fill(target, offset, offset + length, (byte) 'x');
            read.addAndGet(length);
            return length;
        }

        long bytesRead() {
            return read.get();
        }
    }
}
