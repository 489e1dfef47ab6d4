package dev.dossier.adapters.persistence;

import dev.dossier.adapters.persistence.ColumnBindingCustomizer.SetObjectParameter;
import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.token.DownloadToken;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Persistence adapter: download tokens on JPA. A token is spent by one conditional UPDATE, so the
 * database decides which of any number of concurrent redemptions, on any number of servers, wins.
 * A token saved outside any transaction is one JDBC INSERT on a connection of the server's pool in
 * autocommit: JPA writes only inside a transaction, whose commit costs a round trip more.
 */
@ApplicationScoped
public class JpaDownloadTokenRepository implements DownloadTokenRepository {
    private static final String INSERT =
            "INSERT INTO download_token (secret_hash, tenant_id, document_id, issued_at, expires_at, redeemed_at)";
    private static final String INSERT_VALUES = INSERT + " VALUES (?, ?, ?, ?, ?, NULL)";
    /**
     * On PostgreSQL the statement's own transaction commits without waiting for its WAL flush. A token
     * lost in a crash makes its link answer 404, as an expired one does; a spent token is recorded by
     * a synchronous commit, which flushes every earlier commit with it, so none comes back.
     */
    private static final String INSERT_COMMITTED_ASYNCHRONOUSLY = INSERT + " SELECT ?, ?, ?, ?, ?, NULL"
            + " FROM (SELECT set_config('synchronous_commit', 'off', true)) AS asynchronous_commit";

    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    @Resource(lookup = "jdbc/dossier")
    private DataSource dataSource;

    private volatile String insertCommitted;

    /** For CDI. */
    public JpaDownloadTokenRepository() {}

    /** {@code dataSource} is the database {@code em} works on. */
    public JpaDownloadTokenRepository(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
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
    public void saveCommitted(DownloadToken token) {
        if (em.isJoinedToTransaction()) {
            throw new IllegalStateException("a token saved inside a transaction commits with it: use save");
        }
        ConnectionCounts.taken();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(insertCommitted(connection))) {
            DownloadTokenJpaEntity row = DownloadTokenMapper.toRow(token);
            insert.setString(1, row.secretHash());
            insert.setObject(2, row.tenantId());
            insert.setObject(3, row.documentId());
            insert.setObject(4, row.issuedAt());
            insert.setObject(5, row.expiresAt());
            insert.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            throw new PersistenceFailureException("saving a download token failed", e);
        } finally {
            ConnectionCounts.givenBack();
        }
    }

    private String insertCommitted(Connection connection) throws SQLException {
        String statement = insertCommitted;
        if (statement == null) {
            statement = DatabaseProduct.isPostgreSql(connection) ? INSERT_COMMITTED_ASYNCHRONOUSLY : INSERT_VALUES;
            insertCommitted = statement;
        }
        return statement;
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
