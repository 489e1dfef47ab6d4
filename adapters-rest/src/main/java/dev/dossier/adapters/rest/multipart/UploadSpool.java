package dev.dossier.adapters.rest.multipart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;

/**
 * Where upload bodies are spooled while they are checked: a directory only Dossier's user can
 * read (uploads are passports and bank statements), on disk rather than a RAM-backed /tmp.
 */
public record UploadSpool(Path directory) {
    public UploadSpool {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            try {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException notPosix) {
                // non-POSIX file systems keep their default permissions
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload spool directory " + directory, e);
        }
    }
}
