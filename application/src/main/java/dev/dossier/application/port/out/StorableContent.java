package dev.dossier.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Bytes ready to be stored: their size and SHA-256 known before they are written, readable more
 * than once. A store checks the bytes it writes against {@link #sha256()}, so the hash recorded
 * for a document is the hash of what was stored.
 */
public interface StorableContent {
    long size();

    /** SHA-256 of the bytes, lower-case hex. */
    String sha256();

    InputStream open() throws IOException;

    /**
     * The local file the bytes are already in, if they are: a store may read it directly instead of copying it first.
     */
    default Optional<Path> localFile() {
        return Optional.empty();
    }
}
