package dev.dossier.application.service.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ContentIntegrityException;
import dev.dossier.domain.shared.Sha256;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifiedContentTest {
    private static final byte[] STORED = "%PDF-1.7 the statement as uploaded".getBytes(StandardCharsets.US_ASCII);

    private static String sha256(byte[] bytes) {
        return Sha256.hex(Sha256.newDigest().digest(bytes));
    }

    private static VerifiedContent reading(byte[] fromStore, byte[] recorded) {
        return new VerifiedContent(
                new ByteArrayInputStream(fromStore),
                recorded.length,
                sha256(recorded),
                new dev.dossier.application.fakes.CountingOperationsMeter());
    }

    /** Copies with reads of {@code chunk} bytes (1 = the single-byte read()) until the end or a failure. */
    private static byte[] readAll(InputStream in, int chunk, ByteArrayOutputStream handedOn) throws IOException {
        byte[] buffer = new byte[chunk];
        while (true) {
            int n = chunk == 1 ? in.read() : in.read(buffer, 0, chunk);
            if (n < 0) {
                return handedOn.toByteArray();
            }
            if (chunk == 1) {
                handedOn.write(n);
            } else {
                handedOn.write(buffer, 0, n);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 8192})
    void givenTheStoredBytes_whenRead_thenAllAreHandedOnAndTheStreamEnds(int chunk) throws IOException {
        try (InputStream in = reading(STORED, STORED)) {
            assertThat(readAll(in, chunk, new ByteArrayOutputStream())).isEqualTo(STORED);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 8192})
    void givenOneByteChanged_whenRead_thenFailsBeforeTheLastByteIsHandedOn(int chunk) {
        byte[] forged = STORED.clone();
        forged[3] ^= 0x01;
        ByteArrayOutputStream handedOn = new ByteArrayOutputStream();
        assertThatThrownBy(() -> readAll(reading(forged, STORED), chunk, handedOn))
                .isInstanceOf(ContentIntegrityException.class)
                .hasMessageContaining("SHA-256 is " + sha256(forged) + ", not " + sha256(STORED));
        assertThat(handedOn.size()).isEqualTo(STORED.length - 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8192})
    void givenTheLastByteChanged_whenRead_thenItIsNeverHandedOn(int chunk) {
        byte[] forged = STORED.clone();
        forged[forged.length - 1] ^= 0x01;
        ByteArrayOutputStream handedOn = new ByteArrayOutputStream();
        assertThatThrownBy(() -> readAll(reading(forged, STORED), chunk, handedOn))
                .isInstanceOf(ContentIntegrityException.class);
        assertThat(handedOn.toByteArray()).isEqualTo(Arrays.copyOf(STORED, STORED.length - 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8192})
    void givenAShorterFile_whenRead_thenFailsNamingTheLength(int chunk) {
        byte[] truncated = Arrays.copyOf(STORED, STORED.length - 5);
        assertThatThrownBy(() -> readAll(reading(truncated, STORED), chunk, new ByteArrayOutputStream()))
                .isInstanceOf(ContentIntegrityException.class)
                .hasMessageContaining("ends after " + truncated.length + " of " + STORED.length + " bytes");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8192})
    void givenBytesAppended_whenRead_thenFailsAndHandsOnNoMoreThanWasStoredLessOne(int chunk) {
        byte[] longer = Arrays.copyOf(STORED, STORED.length + 10);
        ByteArrayOutputStream handedOn = new ByteArrayOutputStream();
        assertThatThrownBy(() -> readAll(reading(longer, STORED), chunk, handedOn))
                .isInstanceOf(ContentIntegrityException.class)
                .hasMessageContaining("longer than the " + STORED.length + " bytes stored");
        assertThat(handedOn.size()).isEqualTo(STORED.length - 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8192})
    void givenAnEmptyFileStoredEmpty_whenRead_thenEndsAtOnce(int chunk) throws IOException {
        assertThat(readAll(reading(new byte[0], new byte[0]), chunk, new ByteArrayOutputStream()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8192})
    void givenBytesWhereAnEmptyFileWasStored_whenRead_thenFails(int chunk) {
        assertThatThrownBy(() -> readAll(reading(STORED, new byte[0]), chunk, new ByteArrayOutputStream()))
                .isInstanceOf(ContentIntegrityException.class)
                .hasMessageContaining("longer than the 0 bytes stored");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8192})
    void givenTheStoredBytes_whenSkippedThrough_thenTheyAreStillVerified(int chunk) throws IOException {
        byte[] forged = STORED.clone();
        forged[0] ^= 0x01;
        InputStream in = reading(forged, STORED);
        assertThat(in.skip(10)).isEqualTo(10);
        assertThatThrownBy(() -> readAll(in, chunk, new ByteArrayOutputStream()))
                .isInstanceOf(ContentIntegrityException.class);
    }
}
