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
 * The generated admin token, kept in the data directory (owner-only) so it survives restarts;
 * used only when {@code DOSSIER_ADMIN_TOKEN} is unset.
 */
final class AdminTokenFile {
    static final String FILE_NAME = "admin-token";
    private final Path file;

    AdminTokenFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** The kept token, or a new one from {@code generator}, written and printed once. */
    String readOrCreate(Supplier<String> generator) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            String token = generator.get();
            try {
                Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            restrictToOwner();
            System.out.println("Dossier: generated an admin token (kept in " + file + "): " + token);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the admin token in " + file, e);
        }
    }

    private void restrictToOwner() throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // non-POSIX file systems keep their default permissions
        }
    }
}
