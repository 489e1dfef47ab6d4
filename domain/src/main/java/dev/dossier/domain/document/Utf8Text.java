package dev.dossier.domain.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The rule for text files ({@code .txt}, {@code .csv}): strict UTF-8 (no overlong forms, surrogates
 * or code points past U+10FFFF, no character cut off at the end) and no NUL byte, over the whole
 * file. Checked as a stream, a buffer at a time.
 */
public final class Utf8Text {
    private static final int BUFFER = 64 * 1024;

    private Utf8Text() {}

    /** Reads {@code in} to its end; whether every byte of it is such text. */
    public static boolean isValid(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        int n;
        while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
            int start = bytes.position();
            for (int i = start; i < start + n; i++) {
                if (bytes.get(i) == 0) {
                    return false;
                }
            }
            bytes.position(start + n).flip();
            if (!decode(decoder, bytes, chars, false)) {
                return false;
            }
            // a character cut by the buffer's end waits at the start for the rest of its bytes
            bytes.compact();
        }
        bytes.flip();
        return decode(decoder, bytes, chars, true)
                && !decoder.flush(chars.clear()).isError();
    }

    private static boolean decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
        CoderResult result;
        do {
            chars.clear();
            result = decoder.decode(bytes, chars, end);
            if (result.isError()) {
                return false;
            }
        } while (result.isOverflow());
        return !end || !bytes.hasRemaining();
    }
}
