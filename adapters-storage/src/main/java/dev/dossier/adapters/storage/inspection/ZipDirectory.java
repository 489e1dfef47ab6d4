package dev.dossier.adapters.storage.inspection;

import dev.dossier.domain.document.ContentLimits;
import dev.dossier.domain.document.ContentProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A ZIP file's central directory, read entry by entry and held only once it is known to be within
 * the {@linkplain ContentLimits archive limits}: each entry's sizes are counted as they are read, so
 * a directory of a hundred thousand entries is refused at the ten-thousand-and-first, never held.
 * An entry's bytes are read only on request and only up to a bound, checked against the directory.
 */
final class ZipDirectory {
    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int EOCD_LENGTH = 22;
    private static final int LOCAL_HEADER_LENGTH = 30;
    private static final long SATURATED_32 = 0xFFFF_FFFFL;
    private static final int SATURATED_16 = 0xFFFF;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int ENCRYPTED = 1;
    private static final int UTF8_NAMES = 1 << 11;

    /** One entry as the central directory describes it. */
    record Entry(String name, byte[] rawName, int flags, int method, long compressedSize, long size, long offset) {}

    private final ByteReader in;
    private final Map<String, Entry> byName;
    private final Entry first;

    private ZipDirectory(ByteReader in, Map<String, Entry> byName, Entry first) {
        this.in = in;
        this.byName = byName;
        this.first = first;
    }

    /** The entry named {@code name}, compared as OPC part names are (ASCII case-insensitively). */
    Optional<Entry> entry(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The entry whose bytes come first in the file. */
    Entry first() {
        return first;
    }

    /** Reads the directory; refuses a file that is no single-disk ZIP or breaks a limit. */
    static ZipDirectory read(ByteReader in) throws IOException, RefusedContent {
        long eocd = findEndOfCentralDirectory(in);
        in.seek(eocd + 4);
        int disk = in.u16le();
        int directoryDisk = in.u16le();
        long entriesOnDisk = in.u16le();
        long entries = in.u16le();
        long directorySize = in.u32le();
        long directoryOffset = in.u32le();
        long directoryLimit = eocd;
        if (eocd >= 20 && in.seek(eocd - 20).u32le() == ZIP64_LOCATOR) {
            long locatorDisk = in.u32le();
            long zip64Eocd = in.u64le();
            if (locatorDisk != 0 || zip64Eocd < 0 || zip64Eocd > eocd - 20 - 56) {
                throw RefusedContent.malformed("bad ZIP64 locator");
            }
            in.seek(zip64Eocd);
            if (in.u32le() != ZIP64_EOCD) {
                throw RefusedContent.malformed("no ZIP64 end of central directory");
            }
            in.skip(8 + 2 + 2);
            disk = (int) in.u32le();
            directoryDisk = (int) in.u32le();
            entriesOnDisk = in.u64le();
            entries = in.u64le();
            directorySize = in.u64le();
            directoryOffset = in.u64le();
            directoryLimit = zip64Eocd;
        } else if (entries == SATURATED_16 || directorySize == SATURATED_32 || directoryOffset == SATURATED_32) {
            throw RefusedContent.malformed("ZIP64 values without a ZIP64 record");
        }
        if (disk != 0 || directoryDisk != 0 || entriesOnDisk != entries) {
            throw RefusedContent.malformed("a multi-disk archive");
        }
        if (entries < 0 || entries > ContentLimits.MAX_ARCHIVE_ENTRIES) {
            throw new RefusedContent(ContentProblem.TOO_MANY_ENTRIES, entries + " entries declared");
        }
        if (directoryOffset < 0 || directorySize < 0 || directorySize > directoryLimit - directoryOffset) {
            throw RefusedContent.malformed("the central directory lies outside the file");
        }
        return walk(in, directoryOffset, directoryOffset + directorySize, entries);
    }

    private static long findEndOfCentralDirectory(ByteReader in) throws IOException, RefusedContent {
        if (in.size() < EOCD_LENGTH) {
            throw RefusedContent.malformed("too short for a ZIP file");
        }
        int tailLength = (int) Math.min(in.size(), EOCD_LENGTH + SATURATED_16);
        long tailStart = in.size() - tailLength;
        byte[] tail = in.seek(tailStart).bytes(tailLength);
        // the last record whose comment fits before the end: a comment may itself hold the signature
        for (int i = tailLength - EOCD_LENGTH; i >= 0; i--) {
            if (le32(tail, i) == EOCD && i + EOCD_LENGTH + le16(tail, i + 20) <= tailLength) {
                return tailStart + i;
            }
        }
        throw RefusedContent.malformed("no end of central directory");
    }

    private static ZipDirectory walk(ByteReader in, long start, long end, long declared)
            throws IOException, RefusedContent {
        ContentLimits.ArchiveTally tally = new ContentLimits.ArchiveTally();
        Map<String, Entry> byName = new HashMap<>();
        Entry first = null;
        in.seek(start);
        while (in.position() < end) {
            Entry e = centralEntry(in, start);
            Optional<ContentProblem> problem = tally.add(e.compressedSize(), e.size());
            if (problem.isPresent()) {
                throw new RefusedContent(problem.get(), "entry " + tally.entries() + ": " + e.name());
            }
            if (byName.put(e.name().toLowerCase(Locale.ROOT), e) != null) {
                throw RefusedContent.malformed("two entries named " + e.name());
            }
            if (first == null || e.offset() < first.offset()) {
                first = e;
            }
        }
        if (in.position() != end || tally.entries() != declared || first == null) {
            throw RefusedContent.malformed(
                    tally.entries() + " entries found where " + declared + " were declared, or none");
        }
        return new ZipDirectory(in, byName, first);
    }

    private static Entry centralEntry(ByteReader in, long directoryStart) throws IOException, RefusedContent {
        if (in.u32le() != CENTRAL_HEADER) {
            throw RefusedContent.malformed("no central header at " + (in.position() - 4));
        }
        in.skip(4);
        int flags = in.u16le();
        int method = in.u16le();
        in.skip(8);
        long compressed = in.u32le();
        long size = in.u32le();
        int nameLength = in.u16le();
        int extraLength = in.u16le();
        int commentLength = in.u16le();
        int diskStart = in.u16le();
        in.skip(6);
        long offset = in.u32le();
        byte[] rawName = in.bytes(nameLength);
        long extraEnd = in.position() + extraLength;
        // the ZIP64 extra field holds, in this order, whichever of these the header saturated
        while (in.position() + 4 <= extraEnd) {
            int id = in.u16le();
            int length = in.u16le();
            long fieldEnd = in.position() + length;
            if (fieldEnd > extraEnd) {
                throw RefusedContent.malformed("an extra field overruns its header");
            }
            if (id == 0x0001) {
                size = size == SATURATED_32 && in.position() + 8 <= fieldEnd ? in.u64le() : size;
                compressed = compressed == SATURATED_32 && in.position() + 8 <= fieldEnd ? in.u64le() : compressed;
                offset = offset == SATURATED_32 && in.position() + 8 <= fieldEnd ? in.u64le() : offset;
            }
            in.seek(fieldEnd);
        }
        in.seek(extraEnd).skip(commentLength);
        if (diskStart != 0
                || offset < 0
                || compressed < 0
                || compressed > directoryStart - LOCAL_HEADER_LENGTH - offset) {
            throw RefusedContent.malformed("an entry's data lies outside the file");
        }
        String name =
                new String(rawName, (flags & UTF8_NAMES) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return new Entry(name, rawName, flags, method, compressed, size, offset);
    }

    /**
     * The bytes of {@code e}, unpacked, if it declares at most {@code limit} of them; an entry whose
     * data does not unpack to exactly what the directory says is refused.
     */
    byte[] content(Entry e, int limit) throws IOException, RefusedContent {
        if (e.size() > limit) {
            throw RefusedContent.malformed(e.name() + " has " + e.size() + " bytes, more than " + limit + " read");
        }
        if ((e.flags() & ENCRYPTED) != 0) {
            throw RefusedContent.malformed(e.name() + " is encrypted");
        }
        in.seek(e.offset());
        if (in.u32le() != LOCAL_HEADER) {
            throw RefusedContent.malformed("no local header for " + e.name());
        }
        in.skip(22);
        int nameLength = in.u16le();
        int extraLength = in.u16le();
        if (!java.util.Arrays.equals(in.bytes(nameLength), e.rawName())) {
            throw RefusedContent.malformed("the local header of " + e.name() + " names another entry");
        }
        in.skip(extraLength);
        return switch (e.method()) {
            case STORED -> {
                if (e.compressedSize() != e.size()) {
                    throw RefusedContent.malformed(e.name() + " is stored with two sizes");
                }
                yield in.bytes((int) e.size());
            }
            case DEFLATED -> inflate(e);
            default -> throw RefusedContent.malformed(e.name() + " uses compression method " + e.method());
        };
    }

    private byte[] inflate(Entry e) throws IOException, RefusedContent {
        int size = (int) e.size();
        byte[] out = new byte[size + 1];
        int produced = 0;
        long left = e.compressedSize();
        boolean padded = false;
        Inflater inflater = new Inflater(true);
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if (left > 0) {
                        int chunk = (int) Math.min(left, 8192);
                        inflater.setInput(in.bytes(chunk));
                        left -= chunk;
                    } else if (!padded) {
                        // raw deflate may need one byte past the data to see its end
                        inflater.setInput(new byte[1]);
                        padded = true;
                    } else {
                        throw RefusedContent.malformed(e.name() + " ends before its deflate stream does");
                    }
                }
                int n = inflater.inflate(out, produced, out.length - produced);
                produced += n;
                if (produced > size || (n == 0 && inflater.needsDictionary())) {
                    throw RefusedContent.malformed(e.name() + " unpacks to more than its declared " + size + " bytes");
                }
            }
        } catch (DataFormatException ex) {
            throw RefusedContent.malformed(e.name() + ": " + ex.getMessage());
        } finally {
            inflater.end();
        }
        if (produced != size) {
            throw RefusedContent.malformed(e.name() + " unpacks to " + produced + " bytes, not " + size);
        }
        return java.util.Arrays.copyOf(out, size);
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int at) {
        return le16(b, at) | le16(b, at + 2) << 16;
    }
}
