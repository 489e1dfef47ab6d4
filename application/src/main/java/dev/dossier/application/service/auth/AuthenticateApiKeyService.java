package dev.dossier.application.service.auth;

import dev.dossier.application.error.AuthenticationException;
import dev.dossier.application.port.in.auth.AuthenticateApiKeyUseCase;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.out.ApiKeyRepository;
import dev.dossier.domain.tenant.ApiKey;

/** Use case: authenticate by API key, one indexed lookup of the key's hash. */
public final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {
    private static final int MAX_KEY_LENGTH = 200;
    private final ApiKeyRepository keys;

    public AuthenticateApiKeyService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public Caller authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            throw new AuthenticationException(AuthenticationException.Reason.MISSING);
        }
        if (presentedKey.length() > MAX_KEY_LENGTH) {
            throw new AuthenticationException(AuthenticationException.Reason.INVALID);
        }
        return keys.findBySecretHash(ApiKey.hashOf(presentedKey.strip()))
                .map(Caller::of)
                .orElseThrow(() -> new AuthenticationException(AuthenticationException.Reason.INVALID));
    }
}
