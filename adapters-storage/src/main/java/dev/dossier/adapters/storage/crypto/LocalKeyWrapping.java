package dev.dossier.adapters.storage.crypto;

import dev.dossier.application.port.out.KeyUnavailableException;
import dev.dossier.application.port.out.KeyWrapping;
import dev.dossier.domain.crypto.WrappedKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Key wrapping with master keys held by this server (the settings or the generated key file):
 * AES-256-GCM with a random nonce, bound to the data key's context. Earlier master keys stay usable
 * for unwrapping, so that keys can be re-wrapped after a rotation. Each master key is known by an
 * id derived from it, which names it in the wrapped keys without revealing it.
 */
public final class LocalKeyWrapping implements KeyWrapping {
    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    /** {@code current} wraps new keys; {@code previous} only unwrap. Each is 32 bytes. */
    public LocalKeyWrapping(byte[] current, List<byte[]> previous) {
        this.currentId = add(current);
        previous.forEach(this::add);
    }

    /** The id a master key is known by: a truncated hash under a label, never the key. */
    public static String idOf(byte[] masterKey) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("dossier.master-key.id.v1".getBytes(StandardCharsets.US_ASCII));
            return "mk1-" + HexFormat.of().formatHex(digest.digest(masterKey), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String add(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a master key is " + KEY_BYTES + " bytes");
        }
        String id = idOf(key);
        keys.putIfAbsent(id, new SecretKeySpec(key.clone(), "AES"));
        return id;
    }

    @Override
    public WrappedKey wrap(byte[] key, byte[] context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context);
            byte[] sealed = cipher.doFinal(key);
            return new WrappedKey(
                    currentId,
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap a data key", e);
        }
    }

    @Override
    public byte[] unwrap(WrappedKey wrapped, byte[] context) {
        SecretKeySpec key = keys.get(wrapped.masterKeyId());
        if (key == null) {
            throw new KeyUnavailableException("the master key " + wrapped.masterKeyId()
                    + " is not configured (DOSSIER_MASTER_KEY or DOSSIER_MASTER_KEY_PREVIOUS)");
        }
        byte[] all = wrapped.ciphertext();
        if (all.length <= NONCE_BYTES) {
            throw new KeyUnavailableException("a wrapped key is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(all, 0, NONCE_BYTES)));
            cipher.updateAAD(context);
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new KeyUnavailableException(
                    "a data key does not open with the master key " + wrapped.masterKeyId(), e);
        }
    }

    @Override
    public String currentMasterKeyId() {
        return currentId;
    }
}
