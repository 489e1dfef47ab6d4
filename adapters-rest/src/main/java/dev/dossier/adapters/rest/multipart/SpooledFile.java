package dev.dossier.adapters.rest.multipart;

import dev.dossier.application.port.in.document.UploadContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file part written to a private temporary file as it streamed in, encrypted under a
 * key only this object holds ({@link SpoolCipher}), cut off one byte past the size limit, with the
 * SHA-256 of the bytes kept. Deleted on {@link #close()}.
 */
public final class SpooledFile implements UploadContent, AutoCloseable {
    private final String fileName;
    private final Path path;
    private final long size;
    private final String sha256;
    private final SpoolCipher cipher;

    SpooledFile(String fileName, Path path, long size, String sha256, SpoolCipher cipher) {
        this.fileName = fileName;
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
        this.cipher = cipher;
    }

    public String fileName() {
        return fileName;
    }

    /** SHA-256 (hex) of the spooled bytes, computed while they were written. */
    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public long size() {
        return size;
    }

    /** The bytes as they arrived, decrypted as they are read. */
    @Override
    public InputStream open() throws IOException {
        return cipher.open(path);
    }

    /** A read-only channel on the bytes as they arrived, with random access. */
    @Override
    public SeekableByteChannel openChannel() throws IOException {
        return cipher.openChannel(path);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
