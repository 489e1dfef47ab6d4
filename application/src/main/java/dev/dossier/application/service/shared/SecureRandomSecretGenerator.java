package dev.dossier.application.service.shared;

import dev.dossier.application.port.out.SecretGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets of 256 bits from the platform CSPRNG, base64url without padding. */
public final class SecureRandomSecretGenerator implements SecretGenerator {
    private static final int BYTES = 32;
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newSecret(String prefix) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
