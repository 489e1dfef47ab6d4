package dev.dossier.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import dev.dossier.adapters.storage.crypto.TinkContentCipher;
import dev.dossier.application.port.out.ContentCipher;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.ContentTamperedException;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.SealedContent;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.shared.Sha256;
import dev.dossier.domain.tenant.TenantId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contract of encryption at rest, run on every store: the one cipher seals the bytes, the store
 * keeps the ciphertext, and the plaintext comes back only with the right key for the right object.
 */
interface EncryptedStorageContract {
    /** A segment of ciphertext, of which the first holds the header and every one a tag. */
    int SEGMENT = TinkContentCipher.SEGMENT_BYTES;

    int FIRST_SEGMENT_PLAINTEXT = SEGMENT - 16 - 40;

    DocumentContentStore store();

    /** One cipher for every test; its work files go to the build directory. */
    default ContentCipher cipher() {
        return Holder.CIPHER;
    }

    @ParameterizedTest
    @ValueSource(
            ints = {
                0,
                1,
                FIRST_SEGMENT_PLAINTEXT - 1,
                FIRST_SEGMENT_PLAINTEXT,
                FIRST_SEGMENT_PLAINTEXT + 1,
                SEGMENT - 1,
                SEGMENT,
                SEGMENT + 1,
                10 * 1024 * 1024
            })
    default void givenSealedObject_whenOpenedWithItsKey_thenThePlaintextComesBack(int size) throws IOException {
        byte[] plaintext = random(size);
        byte[] key = cipher().newDataKey();
        StorageKey storageKey = storeSealed(plaintext, key, "document-a");

        byte[] stored = readRaw(storageKey);
        assertThat(stored.length).isGreaterThan(size);
        if (size >= 32) {
            assertThat(indexOf(stored, Arrays.copyOfRange(plaintext, 0, 32))).isNegative();
        }
        assertThat(open(storageKey, key, "document-a")).isEqualTo(plaintext);
    }

    @Test
    default void givenNewDataKey_whenSealed_thenTheObjectIsCutInSegmentsOfItsSize() throws IOException {
        // a header of 40 bytes, then segments of SEGMENT ciphertext bytes, each ending in a 16-byte tag
        byte[] plaintext = random(200_000);
        int segments = 1 + (int) Math.ceil((plaintext.length - FIRST_SEGMENT_PLAINTEXT) / (double) (SEGMENT - 16));

        byte[] stored = readRaw(storeSealed(plaintext, cipher().newDataKey(), "document-a"));

        assertThat(SEGMENT).isEqualTo(64 * 1024);
        assertThat(stored.length).isEqualTo(plaintext.length + 40 + 16 * segments);
    }

    @Test
    default void givenDataKeyWithOneMebibyteSegments_whenSealedAndOpened_thenThePlaintextComesBack() throws Exception {
        // data keys made before the segment size changed keep their own parameters
        StreamingAeadConfig.register();
        byte[] key = TinkProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB),
                InsecureSecretKeyAccess.get());
        byte[] plaintext = random(2 * 1024 * 1024 + 7);

        StorageKey storageKey = storeSealed(plaintext, key, "document-a");

        assertThat(readRaw(storageKey).length).isEqualTo(plaintext.length + 40 + 3 * 16);
        assertThat(open(storageKey, key, "document-a")).isEqualTo(plaintext);
    }

    @Test
    default void givenMarkerInPlaintext_whenStored_thenTheStoreNeverSeesIt() throws IOException {
        byte[] marker = ("DOSSIER-MARKER-" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        byte[] plaintext = concat(random(5000), marker, random(5000));

        StorageKey storageKey = storeSealed(plaintext, cipher().newDataKey(), "document-a");

        assertThat(indexOf(readRaw(storageKey), marker)).isNegative();
    }

    @Test
    default void givenFlippedByte_whenOpened_thenTamperingIsDetected() throws IOException {
        byte[] key = cipher().newDataKey();
        byte[] ciphertext = readRaw(storeSealed(random(3 * SEGMENT), key, "document-a"));
        ciphertext[SEGMENT + 100] ^= 0x01;

        assertThatThrownBy(() -> openBytes(ciphertext, key, "document-a")).isInstanceOf(ContentTamperedException.class);
    }

    @Test
    default void givenTruncatedObject_whenOpened_thenTamperingIsDetected() throws IOException {
        byte[] key = cipher().newDataKey();
        byte[] ciphertext = readRaw(storeSealed(random(2 * SEGMENT), key, "document-a"));

        assertThatThrownBy(() -> openBytes(Arrays.copyOf(ciphertext, SEGMENT), key, "document-a"))
                .isInstanceOf(ContentTamperedException.class);
        assertThatThrownBy(() -> openBytes(Arrays.copyOf(ciphertext, ciphertext.length - 1), key, "document-a"))
                .isInstanceOf(ContentTamperedException.class);
    }

    @Test
    default void givenAnotherDocumentsObject_whenOpenedInItsPlace_thenTamperingIsDetected() throws IOException {
        byte[] key = cipher().newDataKey();
        byte[] ofB = readRaw(storeSealed(random(1000), key, "document-b"));

        assertThatThrownBy(() -> openBytes(ofB, key, "document-a")).isInstanceOf(ContentTamperedException.class);
    }

    @Test
    default void givenWrongKey_whenOpened_thenTamperingIsDetected() throws IOException {
        byte[] ciphertext = readRaw(storeSealed(random(1000), cipher().newDataKey(), "document-a"));

        assertThatThrownBy(() -> openBytes(ciphertext, cipher().newDataKey(), "document-a"))
                .isInstanceOf(ContentTamperedException.class);
    }

    @Test
    default void givenContentNotMatchingItsDeclaredHash_whenSealed_thenRefusedAndNothingKept() {
        byte[] plaintext = random(1000);
        StorableContent lying = content(plaintext, Sha256.hexOf("something else"));

        assertThatThrownBy(() -> cipher().seal(lying, cipher().newDataKey(), aad("document-a")))
                .isInstanceOf(ContentStoreException.class)
                .hasMessageContaining("declared size and SHA-256");
    }

    @Test
    default void givenObjectStoredInClear_whenReadThenSealedInPlace_thenBothReadsGiveTheSameBytes() throws IOException {
        byte[] plaintext = random(70_000);
        StorageKey legacy = newKey();
        store().put(legacy, new ByteArrayInputStream(plaintext), plaintext.length, "application/pdf");
        assertThat(readRaw(legacy)).isEqualTo(plaintext);

        byte[] key = cipher().newDataKey();
        StorableContent stored = new StorableContent() {
            @Override
            public long size() {
                return plaintext.length;
            }

            @Override
            public String sha256() {
                return Sha256.hex(Sha256.newDigest().digest(plaintext));
            }

            @Override
            public InputStream open() {
                return store().open(legacy);
            }
        };
        StorageKey migrated = newKey();
        try (SealedContent sealed = cipher().seal(stored, key, aad("document-a"))) {
            store().put(migrated, sealed, "application/pdf");
        }
        store().delete(legacy);

        assertThat(store().exists(legacy)).isFalse();
        assertThat(open(migrated, key, "document-a")).isEqualTo(plaintext);
    }

    private StorageKey storeSealed(byte[] plaintext, byte[] key, String document) {
        StorageKey storageKey = newKey();
        try (SealedContent sealed = cipher().seal(
                        content(plaintext, Sha256.hex(Sha256.newDigest().digest(plaintext))), key, aad(document))) {
            store().put(storageKey, sealed, "application/octet-stream");
        }
        return storageKey;
    }

    private byte[] open(StorageKey storageKey, byte[] key, String document) throws IOException {
        try (InputStream in = cipher().open(store().open(storageKey), key, aad(document))) {
            return in.readAllBytes();
        }
    }

    private byte[] openBytes(byte[] ciphertext, byte[] key, String document) throws IOException {
        try (InputStream in = cipher().open(new ByteArrayInputStream(ciphertext), key, aad(document))) {
            return in.readAllBytes();
        }
    }

    private byte[] readRaw(StorageKey key) throws IOException {
        try (InputStream in = store().open(key)) {
            return in.readAllBytes();
        }
    }

    private static StorageKey newKey() {
        return StorageKey.generate(new TenantId(UUID.randomUUID()));
    }

    private static byte[] aad(String document) {
        return ("tenant-1:" + document).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static StorableContent content(byte[] bytes, String sha256) {
        return new StorableContent() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public String sha256() {
                return sha256;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }

    /** The shared cipher. */
    final class Holder {
        static final ContentCipher CIPHER = new TinkContentCipher(
                Path.of(System.getProperty("dossier.test.dir", "target"), "sealed-" + UUID.randomUUID()));

        private Holder() {}
    }
}
