package dev.dossier.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The S3 store's memory use: 50 concurrent 10 MB uploads, then 50 concurrent reads, in a child
 * JVM whose heap is 64 MB. (MinIO's own putObject with a stream of known size buffers each part
 * in the heap and fails this with OutOfMemoryError even at 256 MB.) S3Proxy runs in this JVM.
 */
class S3DocumentContentStoreMemoryIT {
    private static final int UPLOADS = 50;
    private static final int SIZE = 10 * 1024 * 1024;

    @Test
    void givenFiftyConcurrentTenMegabyteUploads_whenTheHeapIs64Megabytes_thenAllAreStoredAndReadBackIntact()
            throws Exception {
        Path directory = Path.of(System.getProperty("dossier.test.dir", "target"), "s3-memory-" + UUID.randomUUID());
        Path spool = directory.resolve("spool");
        try (InProcessS3Proxy s3 = InProcessS3Proxy.filesystemStore(directory.resolve("blobs"))) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process child = new ProcessBuilder(
                            java.toString(),
                            "-Xmx64m",
                            "-XX:+ExitOnOutOfMemoryError",
                            "-cp",
                            System.getProperty("java.class.path"),
                            ConcurrentUploads.class.getName(),
                            s3.endpoint(),
                            "dossier-memory",
                            spool.toString(),
                            String.valueOf(UPLOADS),
                            String.valueOf(SIZE))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

            assertThat(child.exitValue()).as(output).isZero();
            assertThat(output).contains("stored 50, intact 50");
            assertThat(spoolFiles(spool)).isEmpty();
        } finally {
            deleteRecursively(directory); // 500 MB of blobs
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static List<Path> spoolFiles(Path spool) throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        }
    }
}
