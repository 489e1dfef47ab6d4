package dev.dossier.adapters.persistence;

import dev.dossier.adapters.persistence.ColumnBindingCustomizer.SetObjectParameter;
import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.token.DownloadToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Persistence adapter: download tokens on JPA. A token is spent by one conditional UPDATE, so the
 * database decides which of any number of concurrent redemptions, on any number of servers, wins.
 */
@ApplicationScoped
public class JpaDownloadTokenRepository implements DownloadTokenRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaDownloadTokenRepository() {}

    public JpaDownloadTokenRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(DownloadToken token) {
        Guard.run("saving a download token", () -> {
            // persist, not merge: one INSERT (merge first SELECTs the row), and a second token
            // under the same hash fails on the primary key instead of overwriting the first
            em.persist(DownloadTokenMapper.toRow(token));
            em.flush();
        });
    }

    @Override
    public Optional<DownloadToken> findBySecretHash(String secretHash) {
        return Guard.call(
                "looking up a download token",
                () -> Optional.ofNullable(em.find(DownloadTokenJpaEntity.class, secretHash))
                        .map(DownloadTokenMapper::toDomain));
    }

    @Override
    public boolean markRedeemed(DownloadToken redeemed) {
        Objects.requireNonNull(redeemed.redeemedAt(), "a redeemed token has its redemption time");
        return Guard.call(
                "redeeming a download token",
                () -> em.createQuery("UPDATE DownloadTokenJpaEntity t SET t.redeemedAt = :at"
                                        + " WHERE t.secretHash = :hash AND t.redeemedAt IS NULL AND t.expiresAt > :at")
                                .setParameter("at", Times.toColumn(redeemed.redeemedAt()))
                                .setParameter("hash", redeemed.secretHash())
                                .executeUpdate()
                        == 1);
    }

    @Override
    public void deleteForDocument(DocumentId documentId) {
        Guard.run(
                "deleting the download tokens of document " + documentId,
                () -> em.createQuery("DELETE FROM DownloadTokenJpaEntity t WHERE t.documentId = :document")
                        .setParameter("document", documentId.value())
                        .executeUpdate());
    }

    @Override
    public int deleteSpent(Instant now, int limit) {
        return Guard.call(
                "purging spent download tokens",
                () -> em.createNativeQuery("DELETE FROM download_token WHERE secret_hash IN (SELECT secret_hash"
                                + " FROM download_token WHERE redeemed_at IS NOT NULL OR expires_at <= ?1 LIMIT ?2)")
                        .setParameter(1, new SetObjectParameter(Times.toColumn(now)))
                        .setParameter(2, limit)
                        .executeUpdate());
    }
}
