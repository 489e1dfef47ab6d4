package dev.dossier.application.port.in.auth;

/** Use case: turn a presented API key into the caller it belongs to. */
public interface AuthenticateApiKeyUseCase {
    /** @throws dev.dossier.application.error.AuthenticationException when the key is missing or unknown */
    Caller authenticate(String presentedKey);
}
