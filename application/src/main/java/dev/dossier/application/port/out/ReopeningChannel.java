package dev.dossier.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only {@link SeekableByteChannel} over content that can only be streamed: it keeps one open
 * stream, skips it forward to a later position and opens it anew for an earlier one. Readers that
 * mostly move forward (headers, then what they point at) pay about one pass over the bytes.
 */
final class ReopeningChannel implements SeekableByteChannel {
    /** Opens the content from its first byte. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private static final int TRANSFER = 16 * 1024;

    private final Opener opener;
    private final long size;
    private final byte[] transfer = new byte[TRANSFER];
    private InputStream stream;
    private long streamPosition;
    private long position;
    private boolean open = true;

    ReopeningChannel(Opener opener, long size) {
        this.opener = opener;
        this.size = size;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        if (position >= size) {
            return -1;
        }
        if (!dst.hasRemaining()) {
            return 0;
        }
        moveStreamTo(position);
        int wanted = (int) Math.min(Math.min(dst.remaining(), transfer.length), size - position);
        int n = stream.read(transfer, 0, wanted);
        if (n < 0) {
            return -1;
        }
        dst.put(transfer, 0, n);
        position += n;
        streamPosition += n;
        return n;
    }

    private void moveStreamTo(long target) throws IOException {
        if (stream == null || streamPosition > target) {
            closeStream();
            stream = opener.open();
            streamPosition = 0;
        }
        while (streamPosition < target) {
            long skipped = stream.skip(target - streamPosition);
            if (skipped <= 0) {
                // skip may stop early without being at the end: a read tells which
                if (stream.read() < 0) {
                    throw new IOException("the content ended at " + streamPosition + " of " + size + " bytes");
                }
                skipped = 1;
            }
            streamPosition += skipped;
        }
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position " + newPosition);
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return size;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long newSize) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        open = false;
        closeStream();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            InputStream s = stream;
            stream = null;
            s.close();
        }
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
