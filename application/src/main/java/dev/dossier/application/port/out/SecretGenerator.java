package dev.dossier.application.port.out;

/** Port: unguessable secrets for API keys, download links and webhook signing keys. */
public interface SecretGenerator {
    /** {@code prefix} followed by at least 256 bits from a CSPRNG, URL-safe. */
    String newSecret(String prefix);

    /** {@code count} bytes from a CSPRNG (a webhook signing key). */
    byte[] randomBytes(int count);
}
