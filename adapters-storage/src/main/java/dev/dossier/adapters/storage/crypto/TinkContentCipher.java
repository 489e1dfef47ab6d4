package dev.dossier.adapters.storage.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import dev.dossier.application.port.out.ContentCipher;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.SealedContent;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.domain.shared.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Storage adapter: the cipher of stored objects, Google Tink's streaming AEAD AES-GCM-HKDF (the
 * parameters of {@code AES256_GCM_HKDF_1MB} with 64 KiB segments): each object gets its own key
 * derived from the data key and a random salt, and is cut into segments that are authenticated one
 * by one, so objects of any size are encrypted and decrypted as streams, and a changed, truncated or
 * reordered segment fails as it is read. Data keys made with 1 MiB segments still work: a keyset
 * carries its parameters. The ciphertext goes to a private temporary file (only ever ciphertext) that the content
 * store then stores: the stores need the size and SHA-256 of what they write before they write it.
 */
public final class TinkContentCipher implements ContentCipher {
    private static final System.Logger LOG = System.getLogger(TinkContentCipher.class.getName());
    private static final int BUFFER = 64 * 1024;

    /**
     * Ciphertext bytes per segment. The JDK 17 AES-GCM cipher runs its accelerated path only for
     * calls of up to about 128 KiB; Tink encrypts a segment in one call, so 1 MiB segments cost
     * about 30 times the CPU of 64 KiB ones, for a tag overhead of 16 bytes per segment either way.
     */
    public static final int SEGMENT_BYTES = 64 * 1024;

    private static final Parameters DATA_KEY_PARAMETERS = dataKeyParameters();

    static {
        try {
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Path workDirectory;

    public TinkContentCipher(Path workDirectory) {
        this.workDirectory =
                Objects.requireNonNull(workDirectory, "workDirectory").toAbsolutePath();
        try {
            Files.createDirectories(this.workDirectory);
        } catch (IOException e) {
            throw new ContentStoreException("cannot create the directory " + this.workDirectory, e);
        }
    }

    @Override
    public byte[] newDataKey() {
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(DATA_KEY_PARAMETERS);
            return TinkProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a data key", e);
        }
    }

    @Override
    public SealedContent seal(StorableContent plaintext, byte[] dataKey, byte[] associatedData) {
        StreamingAead aead = primitive(dataKey);
        Path file = null;
        try {
            file = Files.createTempFile(workDirectory, "sealed-", ".bin"); // rw------- on POSIX
            MessageDigest plainDigest = Sha256.newDigest();
            MessageDigest cipherDigest = Sha256.newDigest();
            long copied;
            try (InputStream in = new DigestInputStream(plaintext.open(), plainDigest);
                    DigestOutputStream hashed = new DigestOutputStream(Files.newOutputStream(file), cipherDigest);
                    OutputStream out = aead.newEncryptingStream(hashed, associatedData)) {
                copied = copy(in, out, plaintext.size());
            }
            if (copied != plaintext.size() || !Sha256.hex(plainDigest.digest()).equals(plaintext.sha256())) {
                throw new ContentStoreException(
                        "the content does not have its declared size and SHA-256; nothing stored");
            }
            return new SealedFile(file, Files.size(file), Sha256.hex(cipherDigest.digest()));
        } catch (IOException | GeneralSecurityException e) {
            deleteQuietly(file);
            throw new ContentStoreException("cannot encrypt the content: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    @Override
    public InputStream open(InputStream ciphertext, byte[] dataKey, byte[] associatedData) {
        try {
            SourceStream source = new SourceStream(ciphertext);
            return new AuthenticatedStream(primitive(dataKey).newDecryptingStream(source, associatedData), source);
        } catch (IOException | GeneralSecurityException e) {
            throw new ContentStoreException("cannot decrypt the content: " + e.getMessage(), e);
        }
    }

    private static Parameters dataKeyParameters() {
        try {
            return AesGcmHkdfStreamingParameters.builder()
                    .setKeySizeBytes(32)
                    .setDerivedAesGcmKeySizeBytes(32)
                    .setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
                    .setCiphertextSegmentSizeBytes(SEGMENT_BYTES)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static StreamingAead primitive(byte[] dataKey) {
        try {
            return TinkProtoKeysetFormat.parseKeyset(dataKey, InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
        } catch (GeneralSecurityException e) {
            throw new ContentStoreException("the data key is not a streaming AEAD key", e);
        }
    }

    /** Copies at most {@code limit + 1} bytes, so that content longer than it declares is noticed. */
    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long copied = 0;
        int n;
        while (copied <= limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied + 1))) >= 0) {
            out.write(buffer, 0, n);
            copied += n;
        }
        return copied;
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove the temporary file " + file, e);
        }
    }
}
