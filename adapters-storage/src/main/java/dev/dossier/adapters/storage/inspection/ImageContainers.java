package dev.dossier.adapters.storage.inspection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Images in formats that hold several: every page of a TIFF (the chain of image file directories)
 * and every image of a HEIF file (each {@code ispe} property in {@code meta/iprp/ipco}) is within
 * the pixel limit, or the file is refused.
 */
final class ImageContainers {
    /** More pages than a 10 MB file can sensibly hold: past this the chain is not followed. */
    private static final int MAX_TIFF_PAGES = 1_000;
    /** Boxes read before giving up on a HEIF file's structure. */
    private static final int MAX_BOXES = 10_000;

    private ImageContainers() {}

    static void checkTiff(ByteReader in) throws IOException, RefusedContent {
        in.seek(0);
        boolean little = in.u8() == 'I';
        in.seek(4);
        long next = u32(in, little);
        Set<Long> seen = new HashSet<>();
        while (next != 0) {
            if (!seen.add(next) || seen.size() > MAX_TIFF_PAGES) {
                throw RefusedContent.malformed("TIFF directories loop or exceed " + MAX_TIFF_PAGES);
            }
            in.seek(next);
            int entries = u16(in, little);
            long width = 0;
            long height = 0;
            for (int i = 0; i < entries; i++) {
                int tag = u16(in, little);
                int type = u16(in, little);
                long count = u32(in, little);
                long start = in.position();
                if ((tag == 256 || tag == 257) && count == 1) {
                    long value = type == 3 ? u16(in, little) : type == 4 ? u32(in, little) : 0;
                    if (tag == 256) {
                        width = value;
                    } else {
                        height = value;
                    }
                }
                in.seek(start + 4);
            }
            ImageHeaders.limit(new long[] {width, height});
            next = u32(in, little);
        }
        if (seen.isEmpty()) {
            throw RefusedContent.malformed("TIFF without an image directory");
        }
    }

    /** Finds {@code meta}, then {@code iprp}, then {@code ipco}, and checks every {@code ispe} in it. */
    static void checkHeif(ByteReader in) throws IOException, RefusedContent {
        int[] boxes = {0};
        long[] meta = find(in, 0, in.size(), "meta", boxes);
        if (meta == null) {
            throw RefusedContent.malformed("HEIF without a meta box");
        }
        // meta is a full box: version and flags come before its children
        long[] properties = find(in, meta[0] + 4, meta[1], "iprp", boxes);
        long[] container = properties == null ? null : find(in, properties[0], properties[1], "ipco", boxes);
        if (container == null) {
            throw RefusedContent.malformed("HEIF without item properties");
        }
        int sizes = 0;
        long at = container[0];
        while (at < container[1]) {
            long[] box = box(in, at, container[1], boxes);
            if ("ispe".equals(type(in, at))) {
                in.seek(box[0] + 4);
                ImageHeaders.limit(new long[] {in.u32be(), in.u32be()});
                sizes++;
            }
            at = box[1];
        }
        if (sizes == 0) {
            throw RefusedContent.malformed("HEIF without image sizes");
        }
    }

    /** The first box of {@code type} between {@code from} and {@code to}: {content start, end}, or null. */
    private static long[] find(ByteReader in, long from, long to, String type, int[] boxes)
            throws IOException, RefusedContent {
        long at = from;
        while (at < to) {
            long[] box = box(in, at, to, boxes);
            if (type.equals(type(in, at))) {
                return box;
            }
            at = box[1];
        }
        return null;
    }

    /** The box at {@code at}: {content start, end}, refused unless it fits within {@code limit}. */
    private static long[] box(ByteReader in, long at, long limit, int[] boxes) throws IOException, RefusedContent {
        if (++boxes[0] > MAX_BOXES || limit - at < 8) {
            throw RefusedContent.malformed("HEIF boxes do not fit at " + at);
        }
        in.seek(at);
        long size = in.u32be();
        long header = 8;
        if (size == 1) {
            in.skip(4);
            size = in.u64be();
            header = 16;
        } else if (size == 0) {
            size = limit - at;
        }
        if (size < header || size > limit - at) {
            throw RefusedContent.malformed("a HEIF box of " + size + " bytes at " + at);
        }
        return new long[] {at + header, at + size};
    }

    private static String type(ByteReader in, long at) throws IOException, RefusedContent {
        return new String(in.seek(at + 4).bytes(4), StandardCharsets.US_ASCII);
    }

    private static int u16(ByteReader in, boolean little) throws IOException, RefusedContent {
        return little ? in.u16le() : in.u16be();
    }

    private static long u32(ByteReader in, boolean little) throws IOException, RefusedContent {
        return little ? in.u32le() : in.u32be();
    }
}
