package dev.dossier.application.fakes;

import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.token.DownloadToken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Test fake of {@link DownloadTokenRepository}; {@link #markRedeemed} is atomic, as the port demands.
 * {@link #afterNextFind} lets a test interleave another server's work between a caller's read of
 * a token and its write, deterministically.
 */
public final class InMemoryDownloadTokenRepository implements DownloadTokenRepository {
    private final Map<String, DownloadToken> rows = new LinkedHashMap<>();
    private final Set<String> committedOnTheirOwn = new HashSet<>();
    private Runnable afterNextFind;

    /** Runs {@code interleaved} once, right after the next lookup has read its (now possibly stale) token. */
    public synchronized void afterNextFind(Runnable interleaved) {
        this.afterNextFind = interleaved;
    }

    @Override
    public synchronized void save(DownloadToken token) {
        if (rows.putIfAbsent(token.secretHash(), token) != null) {
            throw new IllegalStateException("a token is already stored under " + token.secretHash());
        }
    }

    @Override
    public synchronized void saveCommitted(DownloadToken token) {
        save(token);
        committedOnTheirOwn.add(token.secretHash());
    }

    /** Whether {@code token} was stored by {@link #saveCommitted}, in a statement of its own. */
    public synchronized boolean wasCommittedOnItsOwn(DownloadToken token) {
        return committedOnTheirOwn.contains(token.secretHash());
    }

    @Override
    public Optional<DownloadToken> findBySecretHash(String secretHash) {
        Optional<DownloadToken> found;
        Runnable hook;
        synchronized (this) {
            found = Optional.ofNullable(rows.get(secretHash));
            hook = afterNextFind;
            afterNextFind = null;
        }
        if (hook != null) {
            hook.run();
        }
        return found;
    }

    @Override
    public synchronized boolean markRedeemed(DownloadToken redeemed) {
        DownloadToken stored = rows.get(redeemed.secretHash());
        if (redeemed.redeemedAt() == null || stored == null || !stored.isRedeemableAt(redeemed.redeemedAt())) {
            return false;
        }
        rows.put(stored.secretHash(), stored.redeem(redeemed.redeemedAt()));
        return true;
    }

    @Override
    public synchronized void deleteForDocument(DocumentId documentId) {
        rows.values().removeIf(t -> t.documentId().equals(documentId));
    }

    public synchronized List<DownloadToken> all() {
        return new ArrayList<>(rows.values());
    }

    @Override
    public synchronized int deleteSpent(Instant now, int limit) {
        List<String> spent = rows.values().stream()
                .filter(t -> t.redeemedAt() != null || !t.expiresAt().isAfter(now))
                .map(DownloadToken::secretHash)
                .limit(limit)
                .toList();
        spent.forEach(rows::remove);
        return spent.size();
    }
}
