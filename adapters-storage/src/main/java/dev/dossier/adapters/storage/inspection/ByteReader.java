package dev.dossier.adapters.storage.inspection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * Reads numbers and byte runs at any position of a read-only channel through one buffered window:
 * reads inside the window cost nothing, others refill it from the channel. Reading past the end,
 * or seeking outside the content, is a {@link RefusedContent malformed file}, not an I/O error.
 */
final class ByteReader {
    private static final int WINDOW = 16 * 1024;

    private final SeekableByteChannel channel;
    private final long size;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
    private long windowStart;
    private int windowLength;
    private long position;

    ByteReader(SeekableByteChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    long size() {
        return size;
    }

    long position() {
        return position;
    }

    ByteReader seek(long newPosition) throws RefusedContent {
        if (newPosition < 0 || newPosition > size) {
            throw RefusedContent.malformed("position " + newPosition + " outside " + size + " bytes");
        }
        position = newPosition;
        return this;
    }

    ByteReader skip(long n) throws RefusedContent {
        if (n < 0 || n > size - position) {
            throw RefusedContent.malformed("cannot skip " + n + " bytes at " + position);
        }
        position += n;
        return this;
    }

    int u8() throws IOException, RefusedContent {
        ensure(1);
        return window.get(offset(1)) & 0xFF;
    }

    int u16le() throws IOException, RefusedContent {
        ensure(2);
        int at = offset(2);
        return (window.get(at) & 0xFF) | (window.get(at + 1) & 0xFF) << 8;
    }

    int u16be() throws IOException, RefusedContent {
        ensure(2);
        int at = offset(2);
        return (window.get(at) & 0xFF) << 8 | (window.get(at + 1) & 0xFF);
    }

    long u32le() throws IOException, RefusedContent {
        long low = u16le();
        return low | (long) u16le() << 16;
    }

    long u32be() throws IOException, RefusedContent {
        long high = u16be();
        return high << 16 | u16be();
    }

    /** An unsigned 64-bit number; one past {@link Long#MAX_VALUE} reads as negative. */
    long u64le() throws IOException, RefusedContent {
        long low = u32le();
        return low | u32le() << 32;
    }

    long u64be() throws IOException, RefusedContent {
        long high = u32be();
        return high << 32 | u32be();
    }

    /** The next {@code n} bytes; callers bound {@code n}. */
    byte[] bytes(int n) throws IOException, RefusedContent {
        if (n < 0 || n > size - position) {
            throw RefusedContent.malformed("cannot read " + n + " bytes at " + position);
        }
        byte[] out = new byte[n];
        int done = 0;
        while (done < n) {
            int chunk = Math.min(n - done, WINDOW);
            ensure(chunk);
            window.get(offset(chunk), out, done, chunk);
            done += chunk;
        }
        return out;
    }

    /** Whether the next bytes are {@code expected}, without moving. */
    boolean startsWith(byte[] expected) throws IOException, RefusedContent {
        if (expected.length > size - position) {
            return false;
        }
        ensure(expected.length);
        int at = (int) (position - windowStart);
        for (int i = 0; i < expected.length; i++) {
            if (window.get(at + i) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** The window's offset of the next {@code n} bytes, moving past them. */
    private int offset(int n) {
        int at = (int) (position - windowStart);
        position += n;
        return at;
    }

    private void ensure(int n) throws IOException, RefusedContent {
        if (position >= windowStart && position + n <= windowStart + windowLength) {
            return;
        }
        if (n > size - position) {
            throw RefusedContent.malformed("the file ends within " + n + " bytes of " + position);
        }
        window.clear();
        channel.position(position);
        while (window.hasRemaining()) {
            if (channel.read(window) < 0) {
                break;
            }
        }
        windowStart = position;
        windowLength = window.position();
        if (windowLength < n) {
            throw RefusedContent.malformed("the content ended at " + (position + windowLength));
        }
    }
}
