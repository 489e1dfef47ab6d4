package dev.dossier.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A secret Dossier generates once and keeps in the data directory (owner-only), so it survives
 * restarts: the admin token when {@code DOSSIER_ADMIN_TOKEN} is unset (printed once, at
 * generation), the file-system upload-form key when {@code DOSSIER_UPLOAD_SIGNING_KEY} is unset
 * (never printed), the master key when {@code DOSSIER_MASTER_KEY} is unset (never printed; a
 * warning says to keep a copy apart from the data). Several instances starting at once agree on the
 * first one written. The file is created owner-only, never readable by others even for a moment.
 */
final class KeptSecret {
    static final String ADMIN_TOKEN = "admin-token";
    static final String UPLOAD_SIGNING_KEY = "upload-signing-key";
    static final String MASTER_KEY = "master-key";

    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private static final String MASTER_KEY_WARNING = "Dossier: generated a master key in %s"
            + " (DOSSIER_MASTER_KEY is not set). Every stored document is encrypted under it: keep a copy"
            + " apart from the data, or set DOSSIER_MASTER_KEY. Without it the documents cannot be read.";

    private final Path file;
    private final Announcement announcement;

    /** What is said when the secret is generated. */
    private enum Announcement {
        NOTHING,
        PRINT_ADMIN_TOKEN,
        WARN_MASTER_KEY
    }

    private KeptSecret(Path file, Announcement announcement) {
        this.file = file;
        this.announcement = announcement;
    }

    static KeptSecret adminToken(Path dataDir) {
        return new KeptSecret(dataDir.resolve(ADMIN_TOKEN), Announcement.PRINT_ADMIN_TOKEN);
    }

    static KeptSecret uploadSigningKey(Path dataDir) {
        return new KeptSecret(dataDir.resolve(UPLOAD_SIGNING_KEY), Announcement.NOTHING);
    }

    static KeptSecret masterKey(Path dataDir) {
        return new KeptSecret(dataDir.resolve(MASTER_KEY), Announcement.WARN_MASTER_KEY);
    }

    /** The kept secret, or a new one from {@code generator}, written (and printed, if so made) once. */
    String readOrCreate(Supplier<String> generator) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            String secret = generator.get();
            try (SeekableByteChannel out = Files.newByteChannel(
                    file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly())) {
                out.write(ByteBuffer.wrap((secret + "\n").getBytes(StandardCharsets.UTF_8)));
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            announce(secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a secret in " + file, e);
        }
    }

    private FileAttribute<?>[] ownerOnly() {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0]; // non-POSIX file systems keep their default permissions
        }
        return new FileAttribute<?>[] {OWNER_ONLY};
    }

    private void announce(String secret) {
        switch (announcement) {
            case PRINT_ADMIN_TOKEN ->
                System.out.println("Dossier: generated an admin token (kept in " + file + "): " + secret);
            case WARN_MASTER_KEY ->
                System.getLogger(KeptSecret.class.getName())
                        .log(System.Logger.Level.WARNING, MASTER_KEY_WARNING.formatted(file));
            case NOTHING -> {}
        }
    }
}
