package dev.dossier.adapters.storage;

import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.StoredObject;
import dev.dossier.domain.document.StorageKey;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Storage adapter: document bytes as files under a root directory. Each object is written to a
 * hidden temporary file beside its final place, counted, synced to disk and then linked into
 * place in one atomic step that refuses to replace an existing object (objects are written once).
 */
public final class FileSystemDocumentContentStore implements DocumentContentStore {
    private static final System.Logger LOG = System.getLogger(FileSystemDocumentContentStore.class.getName());

    /** Temporary names start with a dot, which no storage key segment can. */
    private static final String TEMP_PREFIX = ".upload-";

    private static final String TEMP_SUFFIX = ".tmp";

    private final Path root;
    private final boolean posix;
    private final boolean canSyncDirectories;

    /** Uses (and creates if missing) {@code root}; Dossier passes {@code <DOSSIER_DATA_DIR>/objects}. */
    public FileSystemDocumentContentStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.posix = this.root.getFileSystem().supportedFileAttributeViews().contains("posix");
        this.canSyncDirectories =
                !System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        try {
            Files.createDirectories(this.root, ownerOnlyDirectory());
        } catch (IOException e) {
            throw new ContentStoreException("cannot create the storage directory " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(StorageKey key, InputStream content, long size, String contentType) {
        Objects.requireNonNull(content, "content");
        ExactLengthCopy.requireValidSize(size);
        Path target = pathOf(key);
        Path directory = target.getParent();
        Path temp = null;
        try {
            createDirectoriesDurably(directory);
            temp = Files.createTempFile(directory, TEMP_PREFIX, TEMP_SUFFIX); // rw------- on POSIX
            try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                ExactLengthCopy.copy(content, out, size);
                out.getFD().sync();
            }
            publish(temp, target, key);
            try {
                syncDirectory(directory);
            } catch (IOException e) {
                deleteQuietly(target);
                throw e;
            }
        } catch (IOException e) {
            throw new ContentStoreException("cannot store " + key + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    @Override
    public InputStream open(StorageKey key) {
        Path path = pathOf(key);
        try {
            if (!isObject(path)) {
                throw new ContentStoreException("no object under " + key);
            }
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new ContentStoreException("no object under " + key, e);
        } catch (IOException e) {
            throw new ContentStoreException("cannot open " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(StorageKey key) {
        try {
            return isObject(pathOf(key));
        } catch (IOException e) {
            throw new ContentStoreException("cannot check " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(StorageKey key) {
        Path path = pathOf(key);
        try {
            if (isObject(path)) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new ContentStoreException("cannot delete " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void checkReachable() {
        if (!Files.isDirectory(root)) {
            throw new ContentStoreException("the storage directory " + root + " is missing");
        }
        Path probe = null;
        try {
            probe = Files.createTempFile(root, ".probe-", TEMP_SUFFIX);
        } catch (IOException e) {
            throw new ContentStoreException("the storage directory " + root + " is not writable: " + e.getMessage(), e);
        } finally {
            if (probe != null) {
                deleteQuietly(probe);
            }
        }
    }

    /**
     * Removes the temporary files of writes that never finished (their process was killed) and
     * were last written before {@code writtenBefore}; a write still in progress keeps touching its
     * file, so a cutoff older than any live write's last byte leaves it alone. Says how many went.
     */
    public int removeAbandonedWrites(Instant writtenBefore) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> abandoned =
                    files.filter(path -> isAbandonedWrite(path, writtenBefore)).toList();
            abandoned.forEach(FileSystemDocumentContentStore::deleteQuietly);
            if (!abandoned.isEmpty()) {
                LOG.log(System.Logger.Level.INFO, "removed " + abandoned.size() + " unfinished writes");
            }
            return abandoned.size();
        } catch (IOException | UncheckedIOException e) {
            throw new ContentStoreException("cannot list the storage directory " + root, e);
        }
    }

    private static boolean isAbandonedWrite(Path path, Instant writtenBefore) {
        String name = path.getFileName().toString();
        if (!name.startsWith(".") || !name.endsWith(TEMP_SUFFIX)) {
            return false;
        }
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile()
                    && attributes.lastModifiedTime().toInstant().isBefore(writtenBefore);
        } catch (IOException gone) {
            return false;
        }
    }

    @Override
    public List<StoredObject> list(String afterKey, int limit) {
        return FileSystemListing.page(root, afterKey, limit);
    }

    /** The file of a key; keys are validated by {@link StorageKey}, this is a second guard. */
    Path pathOf(StorageKey key) {
        Objects.requireNonNull(key, "key");
        Path path = root.resolve(key.value()).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new ContentStoreException("storage key " + key + " points outside the storage directory");
        }
        return path;
    }

    private static boolean isObject(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .isRegularFile();
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Makes {@code temp} visible under {@code target} unless something is there already. A hard
     * link is atomic and never replaces; where the file system has none, a rename without
     * REPLACE_EXISTING is the fallback (it checks, then renames).
     */
    private static void publish(Path temp, Path target, StorageKey key) throws IOException {
        try {
            try {
                Files.createLink(target, temp);
            } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                if (noHardLinks instanceof FileAlreadyExistsException exists) {
                    throw exists;
                }
                Files.move(temp, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw new ContentStoreException(
                    "an object is already stored under " + key + "; objects are written once", e);
        }
    }

    /**
     * Creates the missing directories between the root and {@code directory}, syncing each parent
     * so that the new entries survive a crash. Never recreates the root itself: a missing root
     * (say, an unmounted volume) must fail rather than fill the mount point.
     */
    void createDirectoriesDurably(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (directory.equals(root) || !directory.startsWith(root)) {
            throw new ContentStoreException("the storage directory " + root + " is missing");
        }
        Path parent = directory.getParent();
        createDirectoriesDurably(parent);
        try {
            Files.createDirectory(directory, ownerOnlyDirectory());
        } catch (FileAlreadyExistsException e) {
            if (Files.isDirectory(directory)) {
                return; // a concurrent put created it
            }
            throw e;
        }
        syncDirectory(parent);
    }

    void syncDirectory(Path directory) throws IOException {
        if (!canSyncDirectories) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private FileAttribute<?>[] ownerOnlyDirectory() {
        return posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
                }
                : new FileAttribute<?>[0];
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove the temporary file " + path, e);
        }
    }
}
