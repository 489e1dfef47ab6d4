package dev.dossier.adapters.rest.multipart;

import static dev.dossier.adapters.rest.multipart.TestBytes.random;
import static dev.dossier.adapters.rest.multipart.TestBytes.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpoolWriterTest {
    @TempDir
    Path dir;

    private final SpoolCipher cipher = SpoolCipher.random();

    private SpoolWriter writerFor(Path file) throws IOException {
        return new SpoolWriter(
                FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), cipher.fromStart());
    }

    /** The spool file read back in clear, as the upload reads it. */
    private byte[] plaintextOf(Path file) throws IOException {
        try (var in = cipher.open(file)) {
            return in.readAllBytes();
        }
    }

    /** Chunk sizes under, at and over one buffer (64 KiB), so that drains of every length overlap the writes. */
    @ParameterizedTest
    @ValueSource(ints = {1, 777, 65_536, 65_537, 200_000})
    void givenBytesInChunksOfAnySize_whenFinished_thenTheFileAndTheHashAreExactlyTheBytesInOrder(int chunk)
            throws Exception {
        byte[] content = random(3 * 1024 * 1024 + 11, chunk);
        Path file = dir.resolve("spool");
        SpoolWriter writer = writerFor(file);
        for (int at = 0; at < content.length; at += chunk) {
            writer.write(ByteBuffer.wrap(content, at, Math.min(chunk, content.length - at)));
        }

        String hash = writer.finish();

        assertThat(plaintextOf(file)).isEqualTo(content);
        assertThat(Files.readAllBytes(file))
                .as("never in clear on disk")
                .isNotEqualTo(content)
                .hasSameSizeAs(content);
        assertThat(hash).isEqualTo(sha256(content));
    }

    @Test
    void givenAWrittenBuffer_thenItIsUsedUpAndTheCallerMayRefillItAtOnce() throws Exception {
        Path file = dir.resolve("spool");
        SpoolWriter writer = writerFor(file);
        byte[] reused = new byte[100_000];
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int round = 0; round < 20; round++) {
            System.arraycopy(random(reused.length, round), 0, reused, 0, reused.length);
            expected.writeBytes(reused);
            ByteBuffer buffer = ByteBuffer.wrap(reused);
            writer.write(buffer);
            assertThat(buffer.hasRemaining()).isFalse();
        }

        String hash = writer.finish();

        assertThat(plaintextOf(file)).isEqualTo(expected.toByteArray());
        assertThat(hash).isEqualTo(sha256(expected.toByteArray()));
    }

    @Test
    void givenNoBytes_whenFinished_thenAnEmptyFileWithTheHashOfNothing() throws Exception {
        Path file = dir.resolve("spool");

        String hash = writerFor(file).finish();

        assertThat(Files.size(file)).isZero();
        assertThat(hash).isEqualTo(sha256(new byte[0]));
    }

    @Test
    void givenAFileThatCannotBeWritten_whenFinished_thenTheFailureIsReportedInsteadOfAHash() throws Exception {
        Path file = dir.resolve("spool");
        Files.createFile(file);
        // a channel opened for reading refuses every write, as a full or failing disk would
        SpoolWriter writer = new SpoolWriter(FileChannel.open(file, StandardOpenOption.READ), cipher.fromStart());

        assertThat(catchThrowable(() -> {
                    for (int i = 0; i < 64; i++) {
                        writer.write(ByteBuffer.wrap(random(64 * 1024, i)));
                    }
                    writer.finish();
                }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot write the upload spool file");
    }

    @Test
    void givenAFailedWrite_whenMoreBytesFollow_thenTheyAreRefusedWithTheSameFailure() throws Exception {
        Path file = dir.resolve("spool");
        Files.createFile(file);
        SpoolWriter writer = new SpoolWriter(FileChannel.open(file, StandardOpenOption.READ), cipher.fromStart());
        writer.write(ByteBuffer.wrap(random(1000, 1)));
        assertThatThrownBy(writer::finish).isInstanceOf(IOException.class);

        assertThatThrownBy(() -> writer.write(ByteBuffer.wrap(random(1000, 2))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot write the upload spool file");
    }

    @Test
    @Timeout(60) // a hang, not a speed: abandoning must not wait on bytes it drops
    void givenQueuedBytes_whenAbandoned_thenItReturnsWithTheFileClosed() throws Exception {
        Path file = dir.resolve("spool");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        SpoolWriter writer = new SpoolWriter(channel, cipher.fromStart());
        for (int i = 0; i < 16; i++) {
            writer.write(ByteBuffer.wrap(random(64 * 1024, i)));
        }

        writer.abandon();

        assertThat(channel.isOpen()).isFalse();
    }
}
