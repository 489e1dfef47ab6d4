package dev.dossier.domain.document;

import java.util.Optional;

/**
 * How far a file may unfold once opened: the limits on archives (every ZIP-based office format) and
 * on images, checked from their directories and headers, never by unpacking or decoding them.
 */
public final class ContentLimits {
    public static final int MAX_ARCHIVE_ENTRIES = 10_000;
    public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    public static final int MAX_COMPRESSION_RATIO = 100;
    public static final long MAX_IMAGE_PIXELS = 100_000_000L;

    private ContentLimits() {}

    /** Whether an entry of {@code compressed} bytes that unpacks to {@code uncompressed} exceeds 100:1. */
    public static boolean tooHighlyCompressed(long compressed, long uncompressed) {
        if (uncompressed <= 0) {
            return false;
        }
        if (compressed <= 0) {
            return true;
        }
        return compressed < Long.MAX_VALUE / MAX_COMPRESSION_RATIO && uncompressed > compressed * MAX_COMPRESSION_RATIO;
    }

    /** Whether an image of {@code width} × {@code height} pixels exceeds 100 megapixels. */
    public static boolean tooManyPixels(long width, long height) {
        if (width <= 0 || height <= 0) {
            return false;
        }
        return width > MAX_IMAGE_PIXELS / height || width * height > MAX_IMAGE_PIXELS;
    }

    /** An archive's entries counted one by one, as its directory lists them: the first limit they break. */
    public static final class ArchiveTally {
        private int entries;
        private long unpacked;

        /** Counts an entry of {@code compressed} bytes unpacking to {@code size}; the problem it shows, if any. */
        public Optional<ContentProblem> add(long compressed, long size) {
            entries++;
            if (entries > MAX_ARCHIVE_ENTRIES) {
                return Optional.of(ContentProblem.TOO_MANY_ENTRIES);
            }
            if (size < 0 || size > MAX_UNPACKED_BYTES - unpacked) {
                return Optional.of(ContentProblem.TOO_LARGE_UNPACKED);
            }
            unpacked += size;
            if (tooHighlyCompressed(compressed, size)) {
                return Optional.of(ContentProblem.TOO_HIGHLY_COMPRESSED);
            }
            return Optional.empty();
        }

        public int entries() {
            return entries;
        }

        public long unpacked() {
            return unpacked;
        }
    }
}
