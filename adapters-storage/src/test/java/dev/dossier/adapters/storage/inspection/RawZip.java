package dev.dossier.adapters.storage.inspection;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Test support: writes ZIP files byte by byte, so that a test can declare in the central directory
 * whatever sizes it likes (an archive that claims to unpack to 100 MiB needs only its directory to
 * say so: the inspector never unpacks it).
 */
public final class RawZip {
    private record Entry(String name, int method, byte[] data, long size, long crc, long offset) {}

    private final List<Entry> entries = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** An entry stored as is. */
    public RawZip stored(String name, byte[] content) {
        return raw(name, 0, content, content.length, crc(content));
    }

    public RawZip stored(String name, String content) {
        return stored(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** An entry deflated for real. */
    public RawZip deflated(String name, byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return raw(name, 8, packed.toByteArray(), content.length, crc(content));
    }

    public RawZip deflated(String name, String content) {
        return deflated(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** An entry of {@code data} as its compressed bytes, declaring that it unpacks to {@code size}. */
    public RawZip raw(String name, int method, byte[] data, long size, long crc) {
        byte[] rawName = name.getBytes(StandardCharsets.UTF_8);
        long offset = out.size();
        ByteBuffer h = header(30 + rawName.length);
        h.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) method);
        h.putInt(0).putInt((int) crc).putInt(data.length).putInt((int) size);
        h.putShort((short) rawName.length).putShort((short) 0).put(rawName);
        out.writeBytes(h.array());
        out.writeBytes(data);
        entries.add(new Entry(name, method, data, size, crc, offset));
        return this;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        zip.writeBytes(out.toByteArray());
        long directoryStart = zip.size();
        for (Entry e : entries) {
            byte[] rawName = e.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer h = header(46 + rawName.length);
            h.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800);
            h.putShort((short) e.method()).putInt(0).putInt((int) e.crc()).putInt(e.data().length);
            h.putInt((int) e.size())
                    .putShort((short) rawName.length)
                    .putShort((short) 0)
                    .putShort((short) 0);
            h.putShort((short) 0)
                    .putShort((short) 0)
                    .putInt(0)
                    .putInt((int) e.offset())
                    .put(rawName);
            zip.writeBytes(h.array());
        }
        long directorySize = zip.size() - directoryStart;
        ByteBuffer end = header(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
        end.putShort((short) entries.size()).putShort((short) entries.size());
        end.putInt((int) directorySize).putInt((int) directoryStart).putShort((short) 0);
        zip.writeBytes(end.array());
        return zip.toByteArray();
    }

    private static ByteBuffer header(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static long crc(byte[] b) {
        CRC32 crc = new CRC32();
        crc.update(b);
        return crc.getValue();
    }
}
