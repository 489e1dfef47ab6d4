package dev.dossier.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.tenant.TenantId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The content store contract on the local file system, under {@code target/}. */
class FileSystemDocumentContentStoreIT extends AbstractDocumentContentStoreTest implements EncryptedStorageContract {
    private static Path testDirectory;
    private static FileSystemDocumentContentStore store;

    @BeforeAll
    static void createStore() throws IOException {
        testDirectory = Path.of(System.getProperty("dossier.test.dir", "target"), "fs-store-" + UUID.randomUUID());
        store = new FileSystemDocumentContentStore(testDirectory.resolve("objects"));
    }

    @Override
    public DocumentContentStore store() {
        return store;
    }

    @Override
    protected List<Path> leftoverTemporaryFiles() throws IOException {
        return temporaryFilesUnder(store.root());
    }

    private static List<Path> temporaryFilesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.getFileName().toString().startsWith("."))
                    .toList();
        }
    }

    @Test
    void givenMissingDirectory_whenStoreIsCreated_thenTheDirectoryExists() {
        Path root = testDirectory.resolve("created/on/demand/objects");

        new FileSystemDocumentContentStore(root).checkReachable();

        assertThat(root).isDirectory();
    }

    @Test
    void givenUnfinishedWritesOfAKilledProcess_whenAbandonedWritesAreRemoved_thenOnlyOldTemporariesGo()
            throws IOException {
        Path root = testDirectory.resolve("abandoned/objects");
        FileSystemDocumentContentStore crashed = new FileSystemDocumentContentStore(root);
        StorageKey kept = newKey();
        byte[] bytes = randomBytes(1024, 5);
        crashed.put(kept, new ByteArrayInputStream(bytes), bytes.length, "application/pdf");
        Path directory = crashed.pathOf(kept).getParent();
        Path old = Files.createFile(directory.resolve(".upload-old.tmp"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
        Path live = Files.createFile(directory.resolve(".upload-live.tmp"));
        Path oldObjectLookalike = Files.createFile(directory.resolve("not-a-temporary.tmp"));
        Files.setLastModifiedTime(
                oldObjectLookalike, FileTime.from(Instant.now().minusSeconds(3600)));

        int removed = crashed.removeAbandonedWrites(Instant.now().minusSeconds(60));

        assertThat(removed).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(live).exists();
        assertThat(oldObjectLookalike).exists();
        assertThat(crashed.pathOf(kept)).hasBinaryContent(bytes);
    }

    @Test
    void givenStoredObject_whenLookedForOnDisk_thenItIsTheFileAtItsKeyUnderTheRoot() throws IOException {
        StorageKey key = newKey();
        byte[] bytes = randomBytes(4096, 21);

        store.put(key, new ByteArrayInputStream(bytes), bytes.length, "application/pdf");

        Path file = store.root().resolve(key.value());
        assertThat(file).isRegularFile().hasBinaryContent(bytes);
        assertThat(file.getParent()).isEqualTo(store.pathOf(key).getParent());
    }

    @Test
    void givenStoredObject_whenItsPermissionsAreRead_thenOnlyTheOwnerMayReadIt() throws IOException {
        assumeTrue(store.root().getFileSystem().supportedFileAttributeViews().contains("posix"));
        StorageKey key = storeSomething();

        Path file = store.pathOf(key);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void givenKeyNamingADirectory_whenUsed_thenItIsNotAnObject() {
        TenantId tenant = TenantId.generate();
        store.put(StorageKey.generate(tenant), new ByteArrayInputStream(new byte[] {1}), 1, "text/plain");
        StorageKey directoryKey = new StorageKey("tenants/" + tenant.value() + "/documents");

        assertThat(store.exists(directoryKey)).isFalse();
        assertThatThrownBy(() -> store.open(directoryKey)).isExactlyInstanceOf(ContentStoreException.class);
        store.delete(directoryKey);
        assertThat(store.pathOf(directoryKey)).isDirectory();
    }

    @Test
    void givenRemovedRoot_whenCheckedForReachability_thenContentStoreException() throws IOException {
        Path root = testDirectory.resolve("removed-" + UUID.randomUUID());
        FileSystemDocumentContentStore removed = new FileSystemDocumentContentStore(root);
        Files.delete(root);

        assertThatThrownBy(removed::checkReachable)
                .isExactlyInstanceOf(ContentStoreException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void givenRemovedRoot_whenStored_thenRefusedWithoutRecreatingTheRoot() throws IOException {
        Path root = testDirectory.resolve("unmounted-" + UUID.randomUUID());
        FileSystemDocumentContentStore unmounted = new FileSystemDocumentContentStore(root);
        Files.delete(root);

        assertThatThrownBy(() -> unmounted.put(newKey(), new ByteArrayInputStream(new byte[] {1}), 1, "text/plain"))
                .isExactlyInstanceOf(ContentStoreException.class);

        assertThat(root).doesNotExist();
    }

    @Test
    void givenReadOnlyRoot_whenCheckedForReachability_thenContentStoreException() throws IOException {
        assumeTrue(store.root().getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path root = testDirectory.resolve("read-only-" + UUID.randomUUID());
        FileSystemDocumentContentStore readOnly = new FileSystemDocumentContentStore(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeTrue(!Files.isWritable(root), "permissions are not enforced for this user (root)");

            assertThatThrownBy(readOnly::checkReachable)
                    .isExactlyInstanceOf(ContentStoreException.class)
                    .hasMessageContaining("not writable");
        } finally {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
