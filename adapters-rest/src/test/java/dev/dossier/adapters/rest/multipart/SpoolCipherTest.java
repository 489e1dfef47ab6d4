package dev.dossier.adapters.rest.multipart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpoolCipherTest {
    @TempDir
    Path dir;

    private Path spooled(SpoolCipher cipher, byte[] plaintext) throws IOException {
        Cipher encrypt = cipher.fromStart();
        Path file = dir.resolve("spool-" + plaintext.length);
        Files.write(file, encrypt.update(plaintext));
        return file;
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 15, 16, 17, 4095, 65_536, 99_999})
    void givenSpooledBytes_whenReadFromAnyPosition_thenThePlaintextFromThere(long position) throws IOException {
        byte[] plaintext = new byte[100_000];
        new Random(7).nextBytes(plaintext);
        SpoolCipher cipher = SpoolCipher.random();
        Path file = spooled(cipher, plaintext);

        try (SeekableByteChannel channel = cipher.openChannel(file)) {
            channel.position(position);
            ByteBuffer read = ByteBuffer.allocate(1000);
            int n = channel.read(read);

            int expected = (int) Math.min(1000, plaintext.length - position);
            assertThat(n).isEqualTo(expected);
            assertThat(java.util.Arrays.copyOf(read.array(), n))
                    .isEqualTo(java.util.Arrays.copyOfRange(plaintext, (int) position, (int) position + n));
            assertThat(channel.size()).isEqualTo(plaintext.length);
        }
    }

    @Test
    void givenSpoolOfManyBlocks_whenStreamedInReadsOfEverySize_thenThePlaintextComesBackWhole() throws IOException {
        byte[] plaintext = new byte[300_001];
        new Random(11).nextBytes(plaintext);
        SpoolCipher cipher = SpoolCipher.random();
        Path file = spooled(cipher, plaintext);

        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        try (var in = cipher.open(file)) {
            read.write(in.read());
            byte[] buffer = new byte[200_000];
            int[] sizes = {1, 15, 16, 17, 4095, 70_000, 200_000};
            int n;
            for (int i = 0; (n = in.read(buffer, 3, Math.min(sizes[i % sizes.length], buffer.length - 3))) >= 0; i++) {
                read.write(buffer, 3, n);
            }
            assertThat(in.read()).isEqualTo(-1);
        }

        assertThat(read.toByteArray()).isEqualTo(plaintext);
    }

    @Test
    void givenTwoSpools_thenEachHasItsOwnKey_andNeitherHoldsThePlaintext() throws IOException {
        byte[] plaintext = "PASSPORT-NUMBER-X1234567 ".repeat(100).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        SpoolCipher a = SpoolCipher.random();
        SpoolCipher b = SpoolCipher.random();

        byte[] first = Files.readAllBytes(spooled(a, plaintext));
        Path second = dir.resolve("second");
        Files.write(second, b.fromStart().update(plaintext));

        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("PASSPORT");
        assertThat(first).isNotEqualTo(Files.readAllBytes(second));
        try (var in = b.open(second)) {
            assertThat(in.readAllBytes()).isEqualTo(plaintext);
        }
    }
}
