package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.domain.document.Document;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.token.DownloadToken;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** {@link AbstractDownloadTokenRepositoryTest} on PostgreSQL. */
class PostgresDownloadTokenRepositoryIT extends AbstractDownloadTokenRepositoryTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }

    /**
     * A synchronous commit writes the WAL itself, once per commit; an asynchronous one leaves it to
     * the WAL writer, which wakes a few times a second. The server's WAL writes are counted in
     * {@code pg_stat_wal}, so 200 tokens saved one by one show which kind of commit they had. The
     * tests' data source opens a connection per call, and a server process reports its WAL writes as
     * it ends, so the count after the loop holds nearly all of them.
     */
    @Test
    void givenTokensSavedCommitted_thenTheirCommitsLeaveTheWalFlushToTheWalWriter() throws Exception {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        JpaDownloadTokenRepository repository =
                new JpaDownloadTokenRepository(em, database().dataSource());
        int tokens = 200;

        long before = walWrites();
        for (int i = 0; i < tokens; i++) {
            repository.saveCommitted(DownloadToken.issue("dl_async_" + i, tenant.id(), document.id(), T0));
        }
        long written = walWrites() - before;

        assertThat(written).as("WAL writes for %d commits", tokens).isLessThan(tokens / 2);
        assertThat(sql(
                        "DELETE FROM download_token WHERE document_id = ?",
                        document.id().value()))
                .isEqualTo(tokens);
    }

    private long walWrites() throws Exception {
        try (Connection c = database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT wal_write FROM pg_stat_wal")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
