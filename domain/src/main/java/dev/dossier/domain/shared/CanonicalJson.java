package dev.dossier.domain.shared;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A strict JSON (RFC 8259) reader that writes what it reads back in one canonical form: no
 * insignificant whitespace, members in their given order, strings with the minimal escapes,
 * numbers as written. Hand-written so the domain needs no JSON library.
 */
public final class CanonicalJson {
    static final int MAX_DEPTH = 32;

    private final String text;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private int depth;

    private CanonicalJson(String text) {
        this.text = text;
    }

    /**
     * The result of reading a JSON object: its canonical text, its top-level string members (decoded)
     * and the names of its other top-level members that are not {@code null}.
     */
    public record ParsedObject(String canonical, Map<String, String> topLevelStrings, Set<String> topLevelOthers) {}

    /** Reads {@code text} as one JSON object; throws {@link IllegalArgumentException} saying why when it is not. */
    public static ParsedObject object(String text) {
        CanonicalJson reader = new CanonicalJson(text);
        reader.skipWhitespace();
        if (reader.peek() != '{') {
            throw new IllegalArgumentException("expected a JSON object");
        }
        Map<String, String> strings = new LinkedHashMap<>();
        Set<String> others = new HashSet<>();
        reader.readObject(strings, others);
        reader.skipWhitespace();
        if (reader.pos != text.length()) {
            throw reader.error("unexpected text after the object");
        }
        return new ParsedObject(reader.out.toString(), strings, others);
    }

    private void readValue() {
        skipWhitespace();
        char c = peek();
        switch (c) {
            case '{' -> readObject(null, null);
            case '[' -> readArray();
            case '"' -> out.append(quote(readString()));
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    readNumber();
                } else {
                    throw error("unexpected character");
                }
            }
        }
    }

    /** Reads an object; when the collections are given, its members are sorted into them. */
    private void readObject(Map<String, String> topLevelStrings, Set<String> topLevelOthers) {
        enter();
        expect('{');
        out.append('{');
        Set<String> keys = new HashSet<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
        } else {
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw error("expected a member name");
                }
                String key = readString();
                if (!keys.add(key)) {
                    throw new IllegalArgumentException("duplicate member \"" + key + "\"");
                }
                out.append(quote(key));
                skipWhitespace();
                expect(':');
                out.append(':');
                skipWhitespace();
                if (topLevelStrings != null && peek() == '"') {
                    String value = readString();
                    topLevelStrings.put(key, value);
                    out.append(quote(value));
                } else {
                    if (topLevelOthers != null && peek() != 'n') {
                        topLevelOthers.add(key);
                    }
                    readValue();
                }
                skipWhitespace();
                char c = next();
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw error("expected ',' or '}'");
                }
                out.append(',');
            }
        }
        out.append('}');
        depth--;
    }

    private void readArray() {
        enter();
        expect('[');
        out.append('[');
        skipWhitespace();
        if (peek() == ']') {
            pos++;
        } else {
            while (true) {
                readValue();
                skipWhitespace();
                char c = next();
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw error("expected ',' or ']'");
                }
                out.append(',');
            }
        }
        out.append(']');
        depth--;
    }

    private String readString() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return s.toString();
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            if (c != '\\') {
                s.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> s.append(e);
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("truncated \\u escape");
                    }
                    try {
                        s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape");
                    }
                    pos += 4;
                }
                default -> throw error("bad escape");
            }
        }
    }

    private void readNumber() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else {
            digits();
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            digits();
        }
        out.append(text, start, pos);
    }

    private void digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == start) {
            throw error("expected a digit");
        }
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character");
        }
        pos += word.length();
        out.append(word);
    }

    /** A string literal with the minimal escapes: quote, backslash and control characters. */
    static String quote(String value) {
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '\b' -> s.append("\\b");
                case '\f' -> s.append("\\f");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            pos--;
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String why) {
        return new IllegalArgumentException(why + " at position " + pos);
    }
}
