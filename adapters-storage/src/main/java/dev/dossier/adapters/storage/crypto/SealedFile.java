package dev.dossier.adapters.storage.crypto;

import dev.dossier.application.port.out.SealedContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Ciphertext in a private temporary file, removed when closed. */
final class SealedFile implements SealedContent {
    private final Path file;
    private final long size;
    private final String sha256;

    SealedFile(Path file, long size, String sha256) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public Optional<Path> localFile() {
        return Optional.of(file);
    }

    @Override
    public void close() {
        TinkContentCipher.deleteQuietly(file);
    }
}
