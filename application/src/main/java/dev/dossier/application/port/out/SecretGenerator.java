package dev.dossier.application.port.out;

/** Port: unguessable secrets for API keys and download links. */
public interface SecretGenerator {
    /** {@code prefix} followed by at least 256 bits from a CSPRNG, URL-safe. */
    String newSecret(String prefix);
}
