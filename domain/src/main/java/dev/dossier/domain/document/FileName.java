package dev.dossier.domain.document;

import dev.dossier.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's file name, kept only as metadata: any path is dropped, control and bidi-override
 * characters are removed, and the length is capped with the extension kept.
 */
public record FileName(String value) {
    public static final int MAX_LENGTH = 255;

    public FileName {
        Objects.requireNonNull(value, "value");
    }

    public static FileName sanitize(String raw) {
        if (raw == null) {
            throw new InvalidValueException("file", "The submitted file has no file name.");
        }
        String base = raw;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        if (slash >= 0) {
            base = base.substring(slash + 1);
        }
        StringBuilder clean = new StringBuilder(base.length());
        base.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && !isFormatting(cp))
                .forEach(clean::appendCodePoint);
        String name = clean.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.isEmpty()) {
            throw new InvalidValueException("file", "The submitted file has no usable file name.");
        }
        return new FileName(capLength(name));
    }

    /** The lower-case extension after the last dot, if there is one. */
    public Optional<String> extension() {
        int dot = value.lastIndexOf('.');
        if (dot < 0 || dot == value.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(value.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isFormatting(int cp) {
        // bidi overrides and zero-width characters can disguise an extension ("evil\u202Efdp.exe")
        return Character.getType(cp) == Character.FORMAT;
    }

    /** At most {@link #MAX_LENGTH} chars, cut between code points (never inside a surrogate pair). */
    private static String capLength(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        int end = MAX_LENGTH - ext.length();
        if (Character.isLowSurrogate(name.charAt(end)) && Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end) + ext;
    }

    @Override
    public String toString() {
        return value;
    }
}
