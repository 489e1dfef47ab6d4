package dev.dossier.application.service.auth;

import dev.dossier.application.error.AuthenticationException;
import dev.dossier.application.port.in.auth.AuthenticateApiKeyUseCase;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.out.ApiKeyRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.tenant.ApiKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case: authenticate by API key, by one indexed lookup of the key's hash that each instance
 * repeats at most every {@link RecentApiKeys#FRESHNESS} per key, so a revocation holds on every
 * instance within that time (on the revoking one at once). A revoked or expired key reads exactly
 * like an unknown one. The key's last use is written at most once a minute.
 */
public final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {
    /** How stale {@code last_used_at} may get: it costs at most one UPDATE per key per this interval. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final System.Logger LOG = System.getLogger(AuthenticateApiKeyService.class.getName());
    private static final int MAX_KEY_LENGTH = 200;
    private final ApiKeyRepository keys;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final RecentApiKeys recent;

    public AuthenticateApiKeyService(ApiKeyRepository keys, TimeSource time, UnitOfWork tx, RecentApiKeys recent) {
        this.keys = keys;
        this.time = time;
        this.tx = tx;
        this.recent = recent;
    }

    @Override
    public Caller authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            throw new AuthenticationException(AuthenticationException.Reason.MISSING);
        }
        if (presentedKey.length() > MAX_KEY_LENGTH) {
            throw new AuthenticationException(AuthenticationException.Reason.INVALID);
        }
        Instant now = time.now();
        String hash = ApiKey.hashOf(presentedKey.strip());
        ApiKey key = recent.fresh(hash, now)
                .or(() -> read(hash, now))
                .filter(k -> k.isValidAt(now))
                .orElseThrow(() -> new AuthenticationException(AuthenticationException.Reason.INVALID));
        recordUse(key, now);
        return Caller.of(key);
    }

    private Optional<ApiKey> read(String hash, Instant now) {
        Optional<ApiKey> key = keys.findBySecretHash(hash);
        key.filter(k -> k.isValidAt(now)).ifPresent(k -> recent.remember(k, now));
        return key;
    }

    /** Best effort: a failure to note the use never fails the request. */
    private void recordUse(ApiKey key, Instant now) {
        Instant unlessUsedSince = now.minus(LAST_USED_PRECISION);
        if (key.lastUsedAt() != null && !key.lastUsedAt().isBefore(unlessUsedSince)) {
            return; // written within the minute: no statement at all
        }
        try {
            tx.inTransaction(() -> keys.recordUse(key.id(), now, unlessUsedSince));
            // written here or, just before, by another instance: either way no write for a minute
            recent.used(key, now);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not record the use of API key " + key.id(), e);
        }
    }
}
