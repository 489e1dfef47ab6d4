package dev.dossier.adapters.storage;

import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.tenant.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Test support, run in a child JVM with a small heap: stores N objects of SIZE bytes at once
 * through {@link S3DocumentContentStore}, then reads them all back at once and compares digests.
 * Content is generated on the fly, so the heap holds only what the store itself keeps.
 * Arguments: endpoint, bucket, spool directory, N, SIZE. Exits 0 when every object came back intact.
 */
public final class ConcurrentUploads {
    private ConcurrentUploads() {}

    public static void main(String[] args) throws Exception {
        String endpoint = args[0];
        String bucket = args[1];
        Path spool = Path.of(args[2]);
        int uploads = Integer.parseInt(args[3]);
        long size = Long.parseLong(args[4]);
        S3Settings settings = new S3Settings(
                endpoint, InProcessS3Proxy.REGION, InProcessS3Proxy.ACCESS_KEY, InProcessS3Proxy.SECRET_KEY, bucket);
        try (S3DocumentContentStore store = new S3DocumentContentStore(settings, spool)) {
            List<StorageKey> keys = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                keys.add(StorageKey.generate(TenantId.generate()));
            }

            CountDownLatch putStart = new CountDownLatch(1);
            List<Callable<Boolean>> puts = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                int seed = i;
                puts.add(() -> {
                    putStart.await();
                    store.put(keys.get(seed), new GeneratedContent(seed + 1, size), size, "application/pdf");
                    return true;
                });
            }
            AbstractDocumentContentStoreTest.runAll(puts, putStart);

            CountDownLatch readStart = new CountDownLatch(1);
            List<Callable<Boolean>> reads = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                int seed = i;
                reads.add(() -> {
                    readStart.await();
                    try (InputStream stored = store.open(keys.get(seed))) {
                        return Arrays.equals(digest(stored), digest(new GeneratedContent(seed + 1, size)));
                    }
                });
            }
            long intact = AbstractDocumentContentStoreTest.runAll(reads, readStart).stream()
                    .filter(ok -> ok)
                    .count();

            System.out.println("stored " + uploads + ", intact " + intact + ", max heap "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
            System.exit(intact == uploads ? 0 : 1);
        }
    }

    private static byte[] digest(InputStream in) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            sha256.update(buffer, 0, read);
        }
        return sha256.digest();
    }

    /** Pseudo-random bytes from a seed (xorshift), a plain stream without mark/reset. */
    static final class GeneratedContent extends InputStream {
        private long remaining;
        private long state;

        GeneratedContent(long seed, long size) {
            this.remaining = size;
            this.state = seed * 0x9E3779B97F4A7C15L | 1;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return (int) (next() & 0xFF);
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (remaining == 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            for (int i = 0; i < count; i++) {
                target[offset + i] = (byte) next();
            }
            remaining -= count;
            return count;
        }

        private long next() {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            return state;
        }
    }
}
