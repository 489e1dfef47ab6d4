package dev.dossier.domain.shared;

import java.math.BigInteger;
import java.util.Objects;
import java.util.UUID;

/**
 * The ids of the direct-upload surface: a type prefix ({@code d_}, {@code sr_}, …) and the same
 * UUID used everywhere else, written in base62 (0-9A-Za-z, most significant digit first,
 * left-padded with 0 to 22 digits). Input may also be the plain UUID.
 */
public final class PrefixedIds {
    public static final int DIGITS = 22;
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(62);
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(128);

    private PrefixedIds() {}

    public static String encode(String prefix, UUID id) {
        Objects.requireNonNull(prefix, "prefix");
        BigInteger value = new BigInteger(1, toBytes(id));
        char[] out = new char[DIGITS];
        for (int i = DIGITS - 1; i >= 0; i--) {
            BigInteger[] qr = value.divideAndRemainder(BASE);
            out[i] = ALPHABET.charAt(qr[1].intValue());
            value = qr[0];
        }
        return prefix + new String(out);
    }

    /** The UUID of {@code prefix + base62} or of a plain UUID; anything else is an {@link IllegalArgumentException}. */
    public static UUID decode(String prefix, String value) {
        Objects.requireNonNull(prefix, "prefix");
        if (value == null) {
            throw new IllegalArgumentException("no id");
        }
        String s = value.strip();
        if (s.startsWith(prefix) && s.length() == prefix.length() + DIGITS) {
            BigInteger n = BigInteger.ZERO;
            for (int i = prefix.length(); i < s.length(); i++) {
                int digit = ALPHABET.indexOf(s.charAt(i));
                if (digit < 0) {
                    throw new IllegalArgumentException("not a " + prefix + " id: " + value);
                }
                n = n.multiply(BASE).add(BigInteger.valueOf(digit));
            }
            if (n.compareTo(LIMIT) >= 0) {
                throw new IllegalArgumentException("not a " + prefix + " id: " + value);
            }
            return fromBytes(n);
        }
        return Ids.parse(s);
    }

    private static byte[] toBytes(UUID id) {
        byte[] b = new byte[16];
        long hi = id.getMostSignificantBits();
        long lo = id.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (hi >>> (56 - 8 * i));
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return b;
    }

    private static UUID fromBytes(BigInteger n) {
        byte[] raw = n.toByteArray();
        byte[] b = new byte[16];
        int copy = Math.min(raw.length, 16);
        System.arraycopy(raw, raw.length - copy, b, 16 - copy, copy);
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (b[i] & 0xFF);
            lo = (lo << 8) | (b[8 + i] & 0xFF);
        }
        return new UUID(hi, lo);
    }
}
