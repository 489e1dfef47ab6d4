package dev.dossier.application.paging;

import dev.dossier.application.paging.KeysetRequest.Direction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-proof cursors. A cursor is base64url (no padding) of
 * {@code version(1) · direction(1) · seconds(8) · nanos(4) · id(16) · HMAC-SHA256(32)}, the MAC taken
 * over a domain label, the {@link CursorScope} and the first 30 bytes with the key all server instances
 * share. The scope is not in the cursor, only in the MAC: a cursor reveals a position and nothing
 * about the list, and verifies only against the list it was issued for.
 */
public final class CursorCodec {
    private static final byte VERSION = 1;
    private static final int PAYLOAD_BYTES = 1 + 1 + 8 + 4 + 16;
    private static final int MAC_BYTES = 32;
    private static final int TOKEN_BYTES = PAYLOAD_BYTES + MAC_BYTES;
    /** Longer input is refused before decoding: a cursor is always exactly this long. */
    private static final int TOKEN_CHARS = (TOKEN_BYTES * 4 + 2) / 3;

    private static final byte[] LABEL = "dossier.cursor.v1".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Supplier<byte[]> key;

    /** Signs with the key all server instances share. */
    public CursorCodec(CursorSigningKey key) {
        this((Supplier<byte[]>) key);
    }

    private CursorCodec(Supplier<byte[]> key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** Signs with {@code key}, asked on every use, so it can be loaded lazily (and cached) by the supplier. */
    public static CursorCodec withKey(Supplier<byte[]> key) {
        return new CursorCodec(key);
    }

    /** A cursor for {@code position} in {@code scope}'s list, valid only in {@code direction}. */
    public String encode(CursorScope scope, Direction direction, KeysetPosition position) {
        ByteBuffer token = ByteBuffer.allocate(TOKEN_BYTES)
                .put(VERSION)
                .put((byte) direction.ordinal())
                .putLong(position.createdAt().getEpochSecond())
                .putInt(position.createdAt().getNano())
                .putLong(position.id().getMostSignificantBits())
                .putLong(position.id().getLeastSignificantBits());
        token.put(mac(scope, token.array()));
        return ENCODER.encodeToString(token.array());
    }

    /**
     * The position {@code cursor} holds, if this codec issued it for {@code scope}'s list and for
     * {@code direction}; empty for anything else: altered, foreign, other direction, or not a cursor.
     */
    public Optional<KeysetPosition> decode(CursorScope scope, Direction direction, String cursor) {
        if (cursor == null || cursor.length() != TOKEN_CHARS) {
            return Optional.empty();
        }
        byte[] token;
        try {
            token = DECODER.decode(cursor);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        // one string per cursor: other spellings of the same bytes (unused trailing bits) are refused too
        if (token.length != TOKEN_BYTES || !ENCODER.encodeToString(token).equals(cursor)) {
            return Optional.empty();
        }
        byte[] expected = mac(scope, token);
        byte[] presented = new byte[MAC_BYTES];
        System.arraycopy(token, PAYLOAD_BYTES, presented, 0, MAC_BYTES);
        if (!MessageDigest.isEqual(expected, presented)) {
            return Optional.empty();
        }
        ByteBuffer payload = ByteBuffer.wrap(token, 0, PAYLOAD_BYTES);
        if (payload.get() != VERSION || payload.get() != (byte) direction.ordinal()) {
            return Optional.empty();
        }
        long seconds = payload.getLong();
        int nanos = payload.getInt();
        UUID id = new UUID(payload.getLong(), payload.getLong());
        try {
            return Optional.of(new KeysetPosition(Instant.ofEpochSecond(seconds, nanos), id));
        } catch (DateTimeException | ArithmeticException outOfRange) {
            return Optional.empty();
        }
    }

    /** HMAC-SHA256 over the label, the scope (each part length-prefixed) and the payload. */
    private byte[] mac(CursorScope scope, byte[] token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            mac.update(LABEL);
            update(mac, scope.list());
            mac.update(ByteBuffer.allocate(4).putInt(scope.selectors().size()).array());
            scope.selectors().forEach(s -> update(mac, s));
            mac.update(token, 0, PAYLOAD_BYTES);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static void update(Mac mac, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        mac.update(bytes);
    }
}
