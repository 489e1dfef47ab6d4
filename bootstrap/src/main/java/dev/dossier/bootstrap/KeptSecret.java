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
 * A secret Dossier generates once and keeps in the data directory (owner-only), so it survives
 * restarts: the admin token when {@code DOSSIER_ADMIN_TOKEN} is unset (printed once, at
 * generation), the file-system upload-form key when {@code DOSSIER_UPLOAD_SIGNING_KEY} is unset
 * (never printed). Several instances starting at once agree on the first one written.
 */
final class KeptSecret {
    static final String ADMIN_TOKEN = "admin-token";
    static final String UPLOAD_SIGNING_KEY = "upload-signing-key";

    private final Path file;
    private final boolean printWhenGenerated;

    private KeptSecret(Path file, boolean printWhenGenerated) {
        this.file = file;
        this.printWhenGenerated = printWhenGenerated;
    }

    static KeptSecret adminToken(Path dataDir) {
        return new KeptSecret(dataDir.resolve(ADMIN_TOKEN), true);
    }

    static KeptSecret uploadSigningKey(Path dataDir) {
        return new KeptSecret(dataDir.resolve(UPLOAD_SIGNING_KEY), false);
    }

    /** The kept secret, or a new one from {@code generator}, written (and printed, if so made) once. */
    String readOrCreate(Supplier<String> generator) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            String secret = generator.get();
            try {
                Files.writeString(
                        file,
                        secret + "\n",
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            restrictToOwner();
            if (printWhenGenerated) {
                System.out.println("Dossier: generated an admin token (kept in " + file + "): " + secret);
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a secret in " + file, e);
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
