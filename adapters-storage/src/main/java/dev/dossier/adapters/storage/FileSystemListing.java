package dev.dossier.adapters.storage;

import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.StoredObject;
import dev.dossier.domain.document.StorageKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The objects under a file store's root in key order, a page at a time. Each page walks the tree
 * (a file store holds what one machine's disk holds); temporary files of puts in progress and
 * anything else that is no storage key are left out.
 */
final class FileSystemListing {
    private FileSystemListing() {}

    static List<StoredObject> page(Path root, String afterKey, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<StoredObject> page = new ArrayList<>();
            files.map(path -> object(root, path))
                    .flatMap(Optional::stream)
                    .filter(o -> afterKey == null || o.key().value().compareTo(afterKey) > 0)
                    .sorted(Comparator.comparing(o -> o.key().value()))
                    .limit(limit)
                    .forEach(page::add);
            return page;
        } catch (IOException | UncheckedIOException e) {
            throw new ContentStoreException("cannot list the storage directory " + root + ": " + e.getMessage(), e);
        }
    }

    private static Optional<StoredObject> object(Path root, Path path) {
        String name =
                root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
        StorageKey key;
        try {
            key = new StorageKey(name);
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile()
                    ? Optional.of(
                            new StoredObject(key, attributes.lastModifiedTime().toInstant()))
                    : Optional.empty();
        } catch (java.nio.file.NoSuchFileException gone) {
            return Optional.empty(); // deleted while we walked
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
