package dev.dossier.domain.idempotency;

import dev.dossier.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * What makes two requests "the same request" for an idempotency key: the SHA-256 of their meaningful
 * parts (method, path, caller, fields, file digest …), never of their raw bytes, which differ between
 * retries (multipart boundaries, JSON key order and whitespace).
 */
public record RequestFingerprint(String value) {
    public RequestFingerprint {
        Objects.requireNonNull(value, "value");
        if (!Sha256.isHex(value)) {
            throw new IllegalArgumentException("a fingerprint is 64 lower-case hex digits");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects named parts in the order given. Every part is written with its length, so no two
     * different sequences of parts produce the same input to the digest.
     */
    public static final class Builder {
        private final MessageDigest digest = Sha256.newDigest();

        private Builder() {}

        public Builder part(String name, String value) {
            write(name);
            write(value == null ? "\u0000null" : value);
            return this;
        }

        public RequestFingerprint build() {
            return new RequestFingerprint(Sha256.hex(digest.digest()));
        }

        private void write(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
    }
}
