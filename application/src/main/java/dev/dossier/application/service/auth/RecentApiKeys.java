package dev.dossier.application.service.auth;

import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.ApiKeyId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The valid API keys this instance read in the last {@link #FRESHNESS}, by the hash of their secret,
 * so that a client's run of requests costs one lookup of its key rather than one per request. A key
 * revoked through this instance is forgotten at once; one revoked through another instance is read
 * again, and refused, at most {@link #FRESHNESS} later. Expiry is still checked on every request,
 * against the remembered key. Unknown, revoked and expired keys are never remembered, so a stream of
 * wrong keys cannot fill the map; it holds at most {@link #CAPACITY} keys.
 */
public final class RecentApiKeys {
    /** How long a key read from the database is trusted without reading it again. */
    public static final Duration FRESHNESS = Duration.ofSeconds(5);

    static final int CAPACITY = 10_000;

    private record Entry(ApiKey key, Instant readAt) {
        boolean freshAt(Instant now) {
            // a clock set back makes every entry stale rather than fresh for longer
            return !now.isBefore(readAt) && now.isBefore(readAt.plus(FRESHNESS));
        }
    }

    private final ConcurrentHashMap<String, Entry> byHash = new ConcurrentHashMap<>();

    /** The key with {@code secretHash} as read less than {@link #FRESHNESS} before {@code now}. */
    Optional<ApiKey> fresh(String secretHash, Instant now) {
        Entry entry = byHash.get(secretHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.freshAt(now)) {
            byHash.remove(secretHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.key());
    }

    /** Remembers {@code key}, valid when read from the database at {@code readAt}. */
    void remember(ApiKey key, Instant readAt) {
        if (byHash.size() >= CAPACITY) {
            byHash.values().removeIf(e -> !e.freshAt(readAt));
            if (byHash.size() >= CAPACITY) {
                byHash.clear();
            }
        }
        byHash.put(key.secretHash(), new Entry(key, readAt));
    }

    /** Notes that the key's use at {@code at} was recorded, keeping when it was read. */
    void used(ApiKey key, Instant at) {
        byHash.computeIfPresent(key.secretHash(), (hash, e) -> new Entry(e.key().usedAt(at), e.readAt()));
    }

    /** How many keys are remembered, fresh or not. */
    int size() {
        return byHash.size();
    }

    /** Forgets the key {@code id}: the next request with it reads its row. */
    public void forget(ApiKeyId id) {
        byHash.values().removeIf(e -> e.key().id().equals(id));
    }
}
