package dev.dossier.adapters.rest.multipart;

import dev.dossier.domain.shared.Sha256;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;

/**
 * Hashes and writes one spool file on a background thread while the request thread goes on
 * reading the body, so that the SHA-256 and the file write of an upload overlap its receipt
 * instead of following it: an upload's S3 PUT can only start once all of it is done. (Hashing and
 * writing in two parallel stages gained nothing more: with the client on the same cores, the CPU
 * is the limit; docs/performance.md has the measurements.)
 *
 * <p>Bytes are copied into at most {@value #BUFFERS} buffers of {@value #BUFFER_BYTES} bytes per
 * file; while all of them wait to be written the request thread waits too, so a slow disk slows
 * the client down rather than filling the heap. One drain runs at a time per file, so the bytes
 * reach the file and the hash in the order they arrived. Every byte handed in is accounted for
 * before {@link #finish()} or {@link #abandon()} returns, whatever the drain ran into.
 */
final class SpoolWriter {
    private static final int BUFFERS = 4;
    private static final int BUFFER_BYTES = 64 * 1024;

    /**
     * The drains of every upload: a drain never waits for a request thread (it writes what is queued
     * and ends), so a few threads serve any number of uploads. Idle threads end after 30 s.
     */
    private static final ExecutorService DRAINS =
            drainPool(Math.max(2, Runtime.getRuntime().availableProcessors()));

    private final FileChannel channel;
    private final MessageDigest digest = Sha256.newDigest();
    private final ArrayBlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(BUFFERS);
    private final ConcurrentLinkedQueue<ByteBuffer> filled = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private ByteBuffer current; // request thread only: the buffer being filled
    private int allocated; // request thread only
    private long submitted; // request thread only
    private long written; // guarded by this
    private volatile Throwable failure;
    private volatile boolean abandoned;

    private final Cipher cipher; // the drain's only: one drain at a time, in order

    /** Hashes the bytes as they come and writes them encrypted by {@code cipher} (a stream cipher). */
    SpoolWriter(FileChannel channel, Cipher cipher) {
        this.channel = channel;
        this.cipher = cipher;
    }

    /** Queues {@code bytes} (all of them) to be hashed and written; fails with what an earlier write ran into. */
    void write(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            throwIfFailed();
            if (current == null) {
                current = freeBuffer();
                current.clear();
            }
            int n = Math.min(current.remaining(), bytes.remaining());
            ByteBuffer part = bytes.slice();
            part.limit(n);
            current.put(part);
            bytes.position(bytes.position() + n);
            if (!current.hasRemaining()) {
                submit();
            }
        }
    }

    /** Waits for every queued byte, then closes the file; returns the SHA-256 (hex) of all bytes written. */
    String finish() throws IOException {
        if (current != null) {
            submit();
        }
        awaitDrained();
        throwIfFailed();
        channel.close();
        return Sha256.hex(digest.digest());
    }

    /** Stops writing (what is still queued is dropped), waits for the drain, and closes the file. */
    void abandon() throws IOException {
        abandoned = true;
        current = null;
        awaitDrained();
        channel.close();
    }

    /** Hands the filled buffer to the drain, starting one unless one is running. */
    private void submit() {
        current.flip();
        submitted += current.remaining();
        filled.add(current);
        current = null;
        if (draining.compareAndSet(false, true)) {
            DRAINS.execute(this::drain);
        }
    }

    private ByteBuffer freeBuffer() throws IOException {
        ByteBuffer buffer = free.poll();
        if (buffer != null) {
            return buffer;
        }
        if (allocated < BUFFERS) {
            allocated++;
            return ByteBuffer.allocate(BUFFER_BYTES);
        }
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the upload spool file was being written");
        }
    }

    private void drain() {
        while (true) {
            for (ByteBuffer buffer; (buffer = filled.poll()) != null; ) {
                int n = buffer.remaining();
                try {
                    if (failure == null && !abandoned) {
                        digest.update(buffer.duplicate());
                        cipher.update(buffer.duplicate(), buffer.duplicate());
                        while (buffer.hasRemaining()) {
                            channel.write(buffer);
                        }
                    }
                } catch (Throwable e) {
                    failure = e;
                } finally {
                    free.offer(buffer);
                    synchronized (this) {
                        written += n;
                        notifyAll();
                    }
                }
            }
            draining.set(false);
            // a buffer queued between the last poll and the flag's reset has no drain yet: take it on
            if (filled.isEmpty() || !draining.compareAndSet(false, true)) {
                return;
            }
        }
    }

    /** Waits (uninterruptibly: a drain never blocks on anything but the disk) until the drain has seen every byte. */
    private void awaitDrained() {
        boolean interrupted = false;
        synchronized (this) {
            while (written < submitted) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void throwIfFailed() throws IOException {
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw io;
        }
        if (f != null) {
            throw new IOException("cannot write the upload spool file: " + f, f);
        }
    }

    private static ExecutorService drainPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread t = new Thread(task, "dossier-upload-spool-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
