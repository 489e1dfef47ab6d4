package dev.dossier.application.fakes;

import dev.dossier.application.port.out.ContentCipher;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.ContentTamperedException;
import dev.dossier.application.port.out.SealedContent;
import dev.dossier.application.port.out.StorableContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Test implementation of {@link ContentCipher}: a header naming the key and the associated data,
 * then the bytes XOR-ed with the key's first byte. Reading with another key or for another object
 * fails with {@link ContentTamperedException}, as the real cipher does; the stored bytes never
 * equal the plaintext (unless empty).
 */
public final class FakeContentCipher implements ContentCipher {
    private static final int HEADER = 8;
    private final SecureRandom random = new SecureRandom();
    private int sealed;

    public int sealed() {
        return sealed;
    }

    @Override
    public byte[] newDataKey() {
        byte[] key = new byte[16];
        random.nextBytes(key);
        key[0] |= 1;
        return key;
    }

    @Override
    public SealedContent seal(StorableContent plaintext, byte[] dataKey, byte[] associatedData) {
        byte[] plain;
        try (InputStream in = plaintext.open()) {
            plain = in.readAllBytes();
        } catch (IOException e) {
            throw new ContentStoreException("cannot read the content: " + e.getMessage(), e);
        }
        if (plain.length != plaintext.size() || !Fixtures.sha256Hex(plain).equals(plaintext.sha256())) {
            throw new ContentStoreException("the content does not have its declared size and SHA-256");
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER + plain.length).putLong(tag(dataKey, associatedData));
        for (byte b : plain) {
            out.put((byte) (b ^ dataKey[0]));
        }
        sealed++;
        byte[] ciphertext = out.array();
        return new Sealed(ciphertext);
    }

    @Override
    public InputStream open(InputStream ciphertext, byte[] dataKey, byte[] associatedData) {
        return new InputStream() {
            private InputStream plain;

            @Override
            public int read() throws IOException {
                return plain().read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return plain().read(b, off, len);
            }

            @Override
            public void close() throws IOException {
                ciphertext.close();
            }

            private InputStream plain() throws IOException {
                if (plain == null) {
                    byte[] all = ciphertext.readAllBytes();
                    if (all.length < HEADER || ByteBuffer.wrap(all).getLong() != tag(dataKey, associatedData)) {
                        throw new ContentTamperedException("the object does not open with this key", null);
                    }
                    byte[] bytes = Arrays.copyOfRange(all, HEADER, all.length);
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] ^= dataKey[0];
                    }
                    plain = new ByteArrayInputStream(bytes);
                }
                return plain;
            }
        };
    }

    private static long tag(byte[] key, byte[] associatedData) {
        return 31L * Arrays.hashCode(key) + Arrays.hashCode(associatedData);
    }

    private static final class Sealed implements SealedContent {
        private final byte[] ciphertext;

        Sealed(byte[] ciphertext) {
            this.ciphertext = ciphertext;
        }

        @Override
        public long size() {
            return ciphertext.length;
        }

        @Override
        public String sha256() {
            return Fixtures.sha256Hex(ciphertext);
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(ciphertext);
        }

        @Override
        public void close() {}
    }
}
