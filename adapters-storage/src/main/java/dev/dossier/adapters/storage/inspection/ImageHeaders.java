package dev.dossier.adapters.storage.inspection;

import dev.dossier.domain.document.ContentLimits;
import dev.dossier.domain.document.ContentProblem;
import dev.dossier.domain.document.FileType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An image's size in pixels, from its header alone (never decoded): PNG's IHDR, JPEG's start of
 * frame, WebP's VP8/VP8L/VP8X header and BMP's info header here; TIFF's image directories and HEIF's
 * {@code ispe} properties in {@link ImageContainers}, which hold several images, each checked.
 */
final class ImageHeaders {
    private ImageHeaders() {}

    static boolean isImage(FileType type) {
        return switch (type) {
            case PNG, JPG, JPEG, TIFF, TIF, WEBP, BMP, HEIC, HEIF -> true;
            default -> false;
        };
    }

    /** Refuses an image of more than 100 megapixels, or one whose header gives no size. */
    static void check(FileType type, ByteReader in) throws IOException, RefusedContent {
        switch (type) {
            case PNG -> limit(png(in));
            case JPG, JPEG -> limit(jpeg(in));
            case WEBP -> limit(webp(in));
            case BMP -> limit(bmp(in));
            case TIFF, TIF -> ImageContainers.checkTiff(in);
            case HEIC, HEIF -> ImageContainers.checkHeif(in);
            default -> throw new IllegalArgumentException(type + " is not an image");
        }
    }

    /** Refuses {@code size} ({width, height}) past the limit, and sizes no image can have. */
    static void limit(long[] size) throws RefusedContent {
        if (size[0] <= 0 || size[1] <= 0) {
            throw RefusedContent.malformed("an image of " + size[0] + " x " + size[1] + " pixels");
        }
        if (ContentLimits.tooManyPixels(size[0], size[1])) {
            throw new RefusedContent(ContentProblem.TOO_MANY_PIXELS, size[0] + " x " + size[1] + " pixels");
        }
    }

    private static long[] png(ByteReader in) throws IOException, RefusedContent {
        in.seek(8);
        if (in.u32be() != 13 || !in.startsWith(ascii("IHDR"))) {
            throw RefusedContent.malformed("PNG without IHDR first");
        }
        in.skip(4);
        return new long[] {in.u32be(), in.u32be()};
    }

    /** Walks the markers to the first start of frame: that of the primary image. */
    private static long[] jpeg(ByteReader in) throws IOException, RefusedContent {
        in.seek(2);
        while (true) {
            if (in.u8() != 0xFF) {
                throw RefusedContent.malformed("JPEG marker expected at " + (in.position() - 1));
            }
            int marker = in.u8();
            while (marker == 0xFF) {
                marker = in.u8();
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA || marker == 0x00) {
                throw RefusedContent.malformed("JPEG without a frame header before its data");
            }
            int length = in.u16be();
            if (length < 2) {
                throw RefusedContent.malformed("JPEG segment of length " + length);
            }
            boolean startOfFrame =
                    marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                in.skip(1);
                long height = in.u16be();
                long width = in.u16be();
                // a zero height is left to a later DNL marker: no size to check, so no image to accept
                return new long[] {width, height};
            }
            in.skip(length - 2);
        }
    }

    private static long[] webp(ByteReader in) throws IOException, RefusedContent {
        in.seek(12);
        String chunk = new String(in.bytes(4), StandardCharsets.US_ASCII);
        in.skip(4);
        switch (chunk) {
            case "VP8 " -> {
                in.skip(3);
                if (in.u8() != 0x9D || in.u8() != 0x01 || in.u8() != 0x2A) {
                    throw RefusedContent.malformed("VP8 without its start code");
                }
                return new long[] {in.u16le() & 0x3FFF, in.u16le() & 0x3FFF};
            }
            case "VP8L" -> {
                if (in.u8() != 0x2F) {
                    throw RefusedContent.malformed("VP8L without its signature");
                }
                long bits = in.u32le();
                return new long[] {(bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1};
            }
            case "VP8X" -> {
                in.skip(4);
                long width = in.u16le() | (long) in.u8() << 16;
                long height = in.u16le() | (long) in.u8() << 16;
                return new long[] {width + 1, height + 1};
            }
            default -> throw RefusedContent.malformed("WebP with first chunk " + chunk);
        }
    }

    private static long[] bmp(ByteReader in) throws IOException, RefusedContent {
        in.seek(14);
        long header = in.u32le();
        if (header == 12) {
            return new long[] {in.u16le(), in.u16le()};
        }
        if (header < 40) {
            throw RefusedContent.malformed("BMP info header of " + header + " bytes");
        }
        int width = (int) in.u32le();
        int height = (int) in.u32le();
        // a negative height is a top-down bitmap
        return new long[] {width, height == Integer.MIN_VALUE ? 0 : Math.abs((long) height)};
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
