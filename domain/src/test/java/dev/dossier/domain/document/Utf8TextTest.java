package dev.dossier.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8TextTest {

    private static boolean valid(byte[] b) throws IOException {
        return Utf8Text.isValid(new ByteArrayInputStream(b));
    }

    /** {@code prefix} repeated past {@code length} bytes, then {@code tail}. */
    private static byte[] textOf(int length, byte[] tail) {
        byte[] unit = "Name,Amount\nJos\u00e9,12\u20ac\n".getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length + tail.length];
        for (int i = 0; i < length; i++) {
            out[i] = unit[i % unit.length];
        }
        // end on a whole character: cut back to the last newline
        int end = length;
        while (out[end - 1] != '\n') {
            end--;
        }
        byte[] whole = Arrays.copyOf(out, end + tail.length);
        System.arraycopy(tail, 0, whole, end, tail.length);
        return whole;
    }

    @Test
    void givenMultibyteTextLongerThanTheBuffer_thenValid() throws IOException {
        assertThat(valid(textOf(300_000, "\uD83D\uDE00 end\n".getBytes(StandardCharsets.UTF_8))))
                .isTrue();
    }

    @Test
    void givenEmptyOrBom_thenValid() throws IOException {
        assertThat(valid(new byte[0])).isTrue();
        assertThat(valid(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}))
                .isTrue();
    }

    @Test
    void givenNulAfterTheFirst8KiB_thenInvalid() throws IOException {
        assertThat(valid(textOf(20_000, new byte[] {'a', 0, 'b'}))).isFalse();
    }

    @Test
    void givenInvalidUtf8AfterTheFirst8KiB_thenInvalid() throws IOException {
        assertThat(valid(textOf(20_000, new byte[] {'a', (byte) 0xC3, '(', '\n'})))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "C0AF", // overlong '/'
                "EDA080", // a surrogate
                "F4908080", // past U+10FFFF
                "FF",
                "E282" // cut off at the end
            })
    void givenMalformedSequenceAtTheEnd_thenInvalid(String hex) throws IOException {
        byte[] tail = new byte[hex.length() / 2];
        for (int i = 0; i < tail.length; i++) {
            tail[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        assertThat(valid(textOf(70_000, tail))).isFalse();
    }

    @Test
    void givenCharacterSplitAcrossReads_thenValid() throws IOException {
        byte[] euro = textOf(65_535, "\u20ac\u20ac\u20ac\n".getBytes(StandardCharsets.UTF_8));
        // a stream that hands out one byte at a time still decodes whole characters
        InputStream trickle = new ByteArrayInputStream(euro) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        assertThat(Utf8Text.isValid(trickle)).isTrue();
    }
}
