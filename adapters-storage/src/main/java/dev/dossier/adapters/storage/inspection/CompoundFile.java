package dev.dossier.adapters.storage.inspection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The directory of an OLE2 compound file (MS-CFB), the container of {@code .doc}, {@code .xls} and
 * {@code .ppt}: the header, the sector allocation table as far as the directory's chain needs it, and
 * the directory entries, of which only the names of the root storage's streams are kept.
 */
final class CompoundFile {
    private static final long MAX_REGULAR_SECTOR = 0xFFFF_FFFAL;
    private static final long END_OF_CHAIN = 0xFFFF_FFFEL;
    private static final long NO_STREAM = 0xFFFF_FFFFL;
    private static final int HEADER_DIFAT_ENTRIES = 109;
    private static final int DIRECTORY_ENTRY = 128;
    private static final int TYPE_STREAM = 2;
    private static final int TYPE_ROOT = 5;
    /** Real documents have a few dozen entries; a directory past this is not read further. */
    private static final int MAX_DIRECTORY_ENTRIES = 10_000;

    private final ByteReader in;
    private final int sectorShift;
    private final long sectors;
    private final List<Long> fatSectors;
    private final Map<Long, long[]> fatCache = new HashMap<>();

    private CompoundFile(ByteReader in, int sectorShift, List<Long> fatSectors) {
        this.in = in;
        this.sectorShift = sectorShift;
        this.sectors = (in.size() >> sectorShift) - 1;
        this.fatSectors = fatSectors;
    }

    /** The names of the streams directly in the root storage (upper-cased), each with its size. */
    static Map<String, Long> rootStreams(ByteReader in) throws IOException, RefusedContent {
        in.seek(0).skip(8 + 16 + 2);
        int major = in.u16le();
        int byteOrder = in.u16le();
        int sectorShift = in.u16le();
        if (byteOrder != 0xFFFE || !(major == 3 && sectorShift == 9 || major == 4 && sectorShift == 12)) {
            throw RefusedContent.malformed("not a version 3 or 4 compound file header");
        }
        in.seek(44);
        long fatCount = in.u32le();
        long directoryStart = in.u32le();
        in.seek(68);
        long difatStart = in.u32le();
        long difatCount = in.u32le();
        long sectorsInFile = (in.size() >> sectorShift) - 1;
        if (fatCount > sectorsInFile || difatCount > sectorsInFile) {
            throw RefusedContent.malformed("more allocation sectors than the file holds");
        }
        List<Long> fat = new ArrayList<>();
        for (int i = 0; i < HEADER_DIFAT_ENTRIES && fat.size() < fatCount; i++) {
            fat.add(in.u32le());
        }
        CompoundFile file = new CompoundFile(in, sectorShift, fat);
        file.readDifat(difatStart, difatCount, fatCount);
        return file.rootStreams(directoryStart);
    }

    private void readDifat(long start, long count, long fatCount) throws IOException, RefusedContent {
        int perSector = (1 << sectorShift) / 4 - 1;
        long next = start;
        for (long i = 0; i < count && fatSectors.size() < fatCount; i++) {
            seekSector(next);
            for (int j = 0; j < perSector && fatSectors.size() < fatCount; j++) {
                fatSectors.add(in.u32le());
            }
            seekSector(next).skip((long) perSector * 4);
            next = in.u32le();
        }
        if (fatSectors.size() != fatCount) {
            throw RefusedContent.malformed("the allocation table is not all listed");
        }
    }

    private ByteReader seekSector(long sector) throws RefusedContent {
        if (sector > MAX_REGULAR_SECTOR || sector >= sectors) {
            throw RefusedContent.malformed("sector " + sector + " outside the file");
        }
        return in.seek((sector + 1) << sectorShift);
    }

    /** The next sector of a chain after {@code sector}. */
    private long next(long sector) throws IOException, RefusedContent {
        int perSector = (1 << sectorShift) / 4;
        long index = sector / perSector;
        if (index >= fatSectors.size()) {
            throw RefusedContent.malformed("sector " + sector + " has no allocation entry");
        }
        long[] table = fatCache.get(index);
        if (table == null) {
            seekSector(fatSectors.get((int) index));
            table = new long[perSector];
            for (int i = 0; i < perSector; i++) {
                table[i] = in.u32le();
            }
            fatCache.put(index, table);
        }
        return table[(int) (sector % perSector)];
    }

    private Map<String, Long> rootStreams(long directoryStart) throws IOException, RefusedContent {
        List<long[]> links = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<long[]> kinds = new ArrayList<>();
        int perSector = (1 << sectorShift) / DIRECTORY_ENTRY;
        BitSet seen = new BitSet();
        for (long s = directoryStart; s != END_OF_CHAIN; s = next(s)) {
            if (s > MAX_REGULAR_SECTOR || s >= sectors || seen.get((int) s)) {
                throw RefusedContent.malformed("the directory's chain is broken or loops at " + s);
            }
            seen.set((int) s);
            if (names.size() + perSector > MAX_DIRECTORY_ENTRIES) {
                throw RefusedContent.malformed("more than " + MAX_DIRECTORY_ENTRIES + " directory entries");
            }
            for (int i = 0; i < perSector; i++) {
                seekSector(s).skip((long) i * DIRECTORY_ENTRY);
                byte[] rawName = in.bytes(64);
                int nameLength = in.u16le();
                int type = in.u8();
                in.skip(1);
                links.add(new long[] {in.u32le(), in.u32le(), in.u32le()});
                in.skip(16 + 4 + 16 + 4);
                long size = in.u64le();
                int chars = Math.max(0, Math.min(nameLength, 64) / 2 - 1);
                names.add(new String(rawName, 0, chars * 2, StandardCharsets.UTF_16LE));
                kinds.add(new long[] {type, size});
            }
        }
        if (names.isEmpty() || kinds.get(0)[0] != TYPE_ROOT) {
            throw RefusedContent.malformed("the directory has no root entry");
        }
        // the root's children form a tree through their left and right siblings
        Map<String, Long> streams = new HashMap<>();
        Deque<Long> pending = new ArrayDeque<>();
        pending.push(links.get(0)[2]);
        BitSet visited = new BitSet();
        while (!pending.isEmpty()) {
            long id = pending.pop();
            if (id == NO_STREAM) {
                continue;
            }
            if (id >= names.size() || visited.get((int) id)) {
                throw RefusedContent.malformed("the directory tree is broken or loops at " + id);
            }
            visited.set((int) id);
            if (kinds.get((int) id)[0] == TYPE_STREAM) {
                streams.put(names.get((int) id).toUpperCase(java.util.Locale.ROOT), kinds.get((int) id)[1]);
            }
            pending.push(links.get((int) id)[0]);
            pending.push(links.get((int) id)[1]);
        }
        return streams;
    }
}
