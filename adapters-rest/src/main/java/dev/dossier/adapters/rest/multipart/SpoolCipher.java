package dev.dossier.adapters.rest.multipart;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of one upload's spool file, which never holds the upload in clear: AES-256 in counter
 * mode under a random key that exists only in this object (in memory, for as long as the request),
 * so a spool file left by a crash is unreadable. Counter mode lets the file be read from any
 * position, which the content checks need. The bytes' integrity is the SHA-256 taken as they
 * arrived, which the cipher and the store check again when the file is stored.
 */
final class SpoolCipher {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BLOCK = 16;

    private final SecretKeySpec key;
    private final byte[] iv;

    private SpoolCipher(SecretKeySpec key, byte[] iv) {
        this.key = key;
        this.iv = iv;
    }

    static SpoolCipher random() {
        byte[] key = new byte[32];
        byte[] iv = new byte[BLOCK];
        RANDOM.nextBytes(key);
        RANDOM.nextBytes(iv);
        return new SpoolCipher(new SecretKeySpec(key, "AES"), iv);
    }

    /** A cipher that encrypts (or decrypts: counter mode is symmetric) from the start of the file. */
    Cipher fromStart() {
        return at(0);
    }

    /** Reads the spool file from its start, in clear. */
    InputStream open(Path file) throws IOException {
        return new DecryptingStream(new FileInputStream(file.toFile()), fromStart());
    }

    /** Reads the spool file in clear from any position. */
    SeekableByteChannel openChannel(Path file) throws IOException {
        return new DecryptingChannel(FileChannel.open(file, StandardOpenOption.READ));
    }

    /** A cipher positioned at byte {@code position}: the counter block of it, its keystream advanced. */
    private Cipher at(long position) {
        try {
            byte[] counter = new BigInteger(1, iv)
                    .add(BigInteger.valueOf(position / BLOCK))
                    .mod(BigInteger.ONE.shiftLeft(8 * BLOCK))
                    .toByteArray();
            byte[] block = new byte[BLOCK];
            int from = Math.max(0, counter.length - BLOCK);
            System.arraycopy(counter, from, block, BLOCK - (counter.length - from), counter.length - from);
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(block));
            int skip = (int) (position % BLOCK);
            if (skip > 0) {
                cipher.update(new byte[skip]);
            }
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CTR is not available", e);
        }
    }

    /**
     * The spool file in clear, read in large blocks with one cipher call each ({@code
     * CipherInputStream} decrypts 512 bytes at a time, which cost more than the rest of the read).
     */
    private static final class DecryptingStream extends InputStream {
        private static final int CHUNK = 64 * 1024;

        private final InputStream file;
        private final Cipher cipher;
        private final byte[] ciphertext = new byte[CHUNK];

        DecryptingStream(InputStream file, Cipher cipher) {
            this.file = file;
            this.cipher = cipher;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] destination, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, destination.length);
            if (length == 0) {
                return 0;
            }
            int n = file.read(ciphertext, 0, Math.min(length, CHUNK));
            if (n <= 0) {
                return n;
            }
            try {
                // counter mode: as many bytes out as in, at once
                return cipher.update(ciphertext, 0, n, destination, offset);
            } catch (ShortBufferException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    /** The spool file in clear, read-only, from any position. */
    private final class DecryptingChannel implements SeekableByteChannel {
        private final FileChannel file;
        private long position;

        DecryptingChannel(FileChannel file) {
            this.file = file;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            ByteBuffer ciphertext = ByteBuffer.allocate(Math.min(destination.remaining(), 64 * 1024));
            int n = file.read(ciphertext, position);
            if (n <= 0) {
                return n;
            }
            ciphertext.flip();
            try {
                at(position).update(ciphertext, destination);
            } catch (ShortBufferException e) {
                throw new IOException(e);
            }
            position += n;
            return n;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            throw new java.nio.channels.NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            if (newPosition < 0) {
                throw new IllegalArgumentException("negative position");
            }
            position = newPosition;
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new java.nio.channels.NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return file.isOpen();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
