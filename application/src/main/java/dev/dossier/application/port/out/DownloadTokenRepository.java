package dev.dossier.application.port.out;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.token.DownloadToken;
import java.time.Instant;
import java.util.Optional;

/** Port: download links, by the hash of their secret. */
public interface DownloadTokenRepository {
    /**
     * Stores a newly issued token. A token is never stored twice: saving one whose secret hash is
     * already stored fails and leaves the stored token as it was, so a spent link cannot be revived.
     */
    void save(DownloadToken token);

    /**
     * {@link #save}, for a caller outside any transaction: the token is stored by one statement that
     * commits at once. A token that no other write has to commit with needs no transaction, and a
     * transaction costs the database one more round trip. The commit may be asynchronous: a database
     * crash right after it may lose the token (its link then answers 404), never revive a spent one.
     */
    void saveCommitted(DownloadToken token);

    Optional<DownloadToken> findBySecretHash(String secretHash);

    /**
     * Records {@code redeemed} (a token as returned by {@link DownloadToken#redeem}) only if the
     * stored token is still unused and unexpired at its redemption time, as one atomic update.
     * Of any number of concurrent calls for one token, on any number of servers, exactly one
     * returns {@code true}.
     */
    boolean markRedeemed(DownloadToken redeemed);

    void deleteForDocument(DocumentId documentId);

    /** Deletes up to {@code limit} tokens that were redeemed or expired by {@code now}; returns how many. */
    int deleteSpent(Instant now, int limit);
}
