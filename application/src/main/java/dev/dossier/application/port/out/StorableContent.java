package dev.dossier.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
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
     * The same bytes as {@link #open()}, for random access (an archive's directory sits at its end, a
     * compound file's sectors anywhere): a new, independent, read-only channel each call, which the
     * caller closes. Its {@code size()} is {@link #size()}; positions are those of the bytes as
     * {@link #open()} gives them (plaintext, whatever the content is kept as); reading at or past the
     * end answers -1; {@code write} and {@code truncate} throw {@link java.nio.channels.NonWritableChannelException}.
     *
     * <p>This default re-opens {@link #open()} to move backwards and skips to move forwards, which is
     * right for any content and cheap where skipping is; content that can seek (a local file, a
     * cipher with random access) overrides it.
     */
    default SeekableByteChannel openChannel() throws IOException {
        return new ReopeningChannel(this::open, size());
    }

    /**
     * The local file the bytes are already in, if they are: a store may read it directly instead of copying it first.
     */
    default Optional<Path> localFile() {
        return Optional.empty();
    }
}
