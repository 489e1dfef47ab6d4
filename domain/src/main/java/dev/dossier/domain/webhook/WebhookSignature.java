package dev.dossier.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks 1.0 signing: {@code v1,} + base64 of HMAC-SHA256 over {@code
 * "{id}.{timestamp}.{body}"}, keyed with the bytes the secret's base64 part (after {@code whsec_})
 * decodes to.
 */
public final class WebhookSignature {
    public static final String SECRET_PREFIX = "whsec_";
    public static final int SECRET_BYTES = 32;

    private WebhookSignature() {}

    /** A secret as shown to the tenant, from {@link #SECRET_BYTES} random bytes. */
    public static String secretOf(byte[] random) {
        if (random.length != SECRET_BYTES) {
            throw new IllegalArgumentException("a webhook secret is " + SECRET_BYTES + " random bytes");
        }
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(random);
    }

    /** The key bytes of a {@code whsec_…} secret. */
    public static byte[] keyOf(String secret) {
        Objects.requireNonNull(secret, "secret");
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }

    /** The {@code webhook-signature} header's value. */
    public static String sign(byte[] key, String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
