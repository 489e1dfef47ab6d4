package dev.dossier.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * The generated HMAC key of file-system upload forms, kept in the data directory (owner-only) so
 * that forms handed out before a restart stay valid; used only when {@code DOSSIER_UPLOAD_SIGNING_KEY}
 * is unset. Never printed.
 */
final class UploadSigningKeyFile {
    static final String FILE_NAME = "upload-signing-key";
    private final Path file;

    UploadSigningKeyFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    String readOrCreate(Supplier<String> generator) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            String key = generator.get();
            try {
                Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // non-POSIX file systems keep their default permissions
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload signing key in " + file, e);
        }
    }
}
