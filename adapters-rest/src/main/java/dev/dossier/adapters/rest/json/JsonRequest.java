package dev.dossier.adapters.rest.json;

import dev.dossier.adapters.rest.errors.MalformedRequestException;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A JSON request body as it arrived, read within limits so that no body costs more than a small,
 * fixed amount: at most {@value #MAX_BYTES} bytes, UTF-8 only (RFC 8259 allows nothing else), and
 * nested at most {@value #MAX_DEPTH} levels (the JSON parser would otherwise recurse until it gives
 * up with an unchecked error). A body outside the limits is kept as its refusal and thrown when the
 * endpoint asks for the text, inside the endpoint, so that each surface answers it in its own shape.
 */
public final class JsonRequest {
    public static final int MAX_BYTES = 64 * 1024;
    public static final int MAX_DEPTH = 32;

    private final String text;
    private final MalformedRequestException refusal;

    private JsonRequest(String text, MalformedRequestException refusal) {
        this.text = text;
        this.refusal = refusal;
    }

    /** The body's text ("" when there was none); a body outside the limits is refused here. */
    public static String textOf(JsonRequest body) {
        return body == null ? "" : body.text();
    }

    public String text() {
        if (refusal != null) {
            throw refusal;
        }
        return text;
    }

    /** Reads at most one byte past the limit, whatever the client sends. */
    static JsonRequest read(InputStream in, MediaType type) throws IOException {
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !isUtf8(charset)) {
            return refused(415, "Unsupported charset \"" + charset + "\": JSON request bodies must be UTF-8.");
        }
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return refused(413, "The request body is larger than " + MAX_BYTES + " bytes.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return refused(400, "The request body is not valid UTF-8.");
        }
        if (nestedDeeperThanLimit(text)) {
            return refused(400, "The request body is nested more than " + MAX_DEPTH + " levels deep.");
        }
        return new JsonRequest(text, null);
    }

    private static JsonRequest refused(int status, String detail) {
        return new JsonRequest(null, new MalformedRequestException(status, detail));
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.forName(charset).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Counts brackets outside strings; whether the rest is valid JSON is the parser's to say. */
    static boolean nestedDeeperThanLimit(String text) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    return true;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }
}
